/// An Amazon ECS task definition (`AWS::ECS::TaskDefinition`).
public struct ECSTaskDefinition: AWSResource {
    /// A volume of the task.
    public struct Volume: Sendable {
        /// Whether the volume is an EFS volume (`EFSVolumeConfiguration` is set).
        public var isEFS: Bool
        /// `ENABLED` or `DISABLED` (`EFSVolumeConfiguration.TransitEncryption`), nil when not set.
        public var transitEncryption: Resolved<String?>
        /// The location of the volume in the template.
        public var origin: Origin

        /// Creates a volume.
        public init(isEFS: Bool, transitEncryption: Resolved<String?>, origin: Origin) {
            self.isEFS = isEFS
            self.transitEncryption = transitEncryption
            self.origin = origin
        }
    }

    /// A container definition, reduced to its environment.
    public struct Container: Sendable {
        /// The plain environment variables (`Environment`).
        public var environment: [EnvironmentVariable]
        /// The location of the container definition in the template.
        public var origin: Origin

        /// Creates a container definition.
        public init(environment: [EnvironmentVariable], origin: Origin) {
            self.environment = environment
            self.origin = origin
        }
    }

    /// One plain environment variable of a container.
    public struct EnvironmentVariable: Sendable {
        /// The variable name (`Name`).
        public var name: Resolved<String?>
        /// The variable value (`Value`).
        public var value: Resolved<String?>

        /// Creates a variable.
        public init(name: Resolved<String?>, value: Resolved<String?>) {
            self.name = name
            self.value = value
        }
    }

    /// The resource's identity.
    public var address: ResourceAddress
    /// The volumes (`Volumes`).
    public var volumes: Resolved<[Volume]>
    /// The container definitions (`ContainerDefinitions`).
    public var containers: Resolved<[Container]>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, volumes: Resolved<[Volume]>, containers: Resolved<[Container]>) {
        self.address = address
        self.volumes = volumes
        self.containers = containers
    }
}
