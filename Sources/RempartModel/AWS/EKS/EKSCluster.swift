/// An Amazon EKS cluster (`AWS::EKS::Cluster`).
public struct EKSCluster: AWSResource {
    /// One envelope encryption setting.
    public struct EncryptionConfig: Sendable {
        /// The encrypted resources (`Resources`), such as `secrets`.
        public var resources: Resolved<[String]>
        /// The KMS key (`Provider.KeyArn`), nil when not set.
        public var keyARN: Resolved<Identifier?>

        /// Creates a setting.
        public init(resources: Resolved<[String]>, keyARN: Resolved<Identifier?>) {
            self.resources = resources
            self.keyARN = keyARN
        }
    }

    /// The resource's identity.
    public var address: ResourceAddress
    /// The control plane log types turned on (`Logging.ClusterLogging.EnabledTypes[].Type`).
    public var enabledLogTypes: Resolved<[String]>
    /// The envelope encryption settings (`EncryptionConfig`).
    public var encryptionConfigs: Resolved<[EncryptionConfig]>
    /// Whether the API endpoint is public (`ResourcesVpcConfig.EndpointPublicAccess`, default true).
    public var isPublicAccessEnabled: Resolved<Bool>
    /// The ranges allowed on the public endpoint (`ResourcesVpcConfig.PublicAccessCidrs`); AWS allows `0.0.0.0/0` when the list is absent or empty.
    public var publicAccessCIDRs: Resolved<[String]>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, enabledLogTypes: Resolved<[String]>,
        encryptionConfigs: Resolved<[EncryptionConfig]>, isPublicAccessEnabled: Resolved<Bool>,
        publicAccessCIDRs: Resolved<[String]>
    ) {
        self.address = address
        self.enabledLogTypes = enabledLogTypes
        self.encryptionConfigs = encryptionConfigs
        self.isPublicAccessEnabled = isPublicAccessEnabled
        self.publicAccessCIDRs = publicAccessCIDRs
    }
}
