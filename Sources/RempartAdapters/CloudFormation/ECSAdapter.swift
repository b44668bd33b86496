import RempartModel
import RempartTemplate

/// Reads Amazon ECS clusters and task definitions.
enum ECSAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let clusters: [any AWSResource] = input.resources(ofType: "AWS::ECS::Cluster").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return ECSCluster(address: PropertyReader.address(of: resource), containerInsights: containerInsights(properties))
        }
        let taskDefinitions: [any AWSResource] = input.resources(ofType: "AWS::ECS::TaskDefinition").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return ECSTaskDefinition(
                address: PropertyReader.address(of: resource),
                volumes: properties.elements("Volumes").map { $0.map(volume) },
                containers: properties.elements("ContainerDefinitions").map { $0.map(container) })
        }
        return clusters + taskDefinitions
    }

    /// Returns the value of the last `containerInsights` setting, the one ECS applies.
    private static func containerInsights(_ properties: PropertyReader) -> Resolved<String?> {
        let settings = properties.elements("ClusterSettings")
        if case .unknown(let reason) = settings.state { return .unresolved(reason, at: settings.origin) }
        var result: Resolved<String?> = .defaulted(nil, at: properties.defaultOrigin)
        for setting in settings.value ?? [] where setting.optionalString("Name").value == .some("containerInsights") {
            result = setting.optionalString("Value")
        }
        return result
    }

    private static func volume(_ reader: PropertyReader) -> ECSTaskDefinition.Volume {
        ECSTaskDefinition.Volume(
            isEFS: reader.has("EFSVolumeConfiguration"),
            transitEncryption: reader.optionalString("EFSVolumeConfiguration", "TransitEncryption"),
            origin: reader.origin)
    }

    private static func container(_ reader: PropertyReader) -> ECSTaskDefinition.Container {
        let variables = reader.elements("Environment").value ?? []
        return ECSTaskDefinition.Container(
            environment: variables.map {
                ECSTaskDefinition.EnvironmentVariable(name: $0.optionalString("Name"), value: $0.optionalString("Value"))
            },
            origin: reader.origin)
    }
}
