import RempartModel
import RempartTemplate

/// Reads Amazon EKS clusters and managed node groups.
enum EKSAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let clusters: [any AWSResource] = input.resources(ofType: "AWS::EKS::Cluster").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            let vpc = properties.child("ResourcesVpcConfig")
            return EKSCluster(
                address: PropertyReader.address(of: resource),
                enabledLogTypes: logTypes(properties),
                encryptionConfigs: properties.elements("EncryptionConfig").map { $0.map(encryptionConfig) },
                isPublicAccessEnabled: vpc.bool("EndpointPublicAccess", default: true),
                publicAccessCIDRs: publicAccessCIDRs(vpc))
        }
        let nodegroups: [any AWSResource] = input.resources(ofType: "AWS::EKS::Nodegroup").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            let remoteAccess = properties.child("RemoteAccess")
            let hasGroups: Resolved<Bool> =
                remoteAccess.has("SourceSecurityGroups")
                ? .explicit(true, at: remoteAccess.origin) : .defaulted(false, at: remoteAccess.origin)
            return EKSNodegroup(
                address: PropertyReader.address(of: resource), sshKey: remoteAccess.optionalIdentifier("Ec2SshKey"),
                hasSourceSecurityGroups: hasGroups)
        }
        return clusters + nodegroups
    }

    private static func logTypes(_ properties: PropertyReader) -> Resolved<[String]> {
        let types = properties.elements("Logging", "ClusterLogging", "EnabledTypes")
        guard let readers = types.value else { return types.map { _ in [] } }
        var names: [String] = []
        for reader in readers {
            let name = reader.optionalString("Type")
            if case .unknown(let reason) = name.state { return .unresolved(reason, at: name.origin) }
            if let text = name.value ?? nil { names.append(text) }
        }
        return types.map { _ in names }
    }

    private static func encryptionConfig(_ reader: PropertyReader) -> EKSCluster.EncryptionConfig {
        EKSCluster.EncryptionConfig(resources: reader.stringList("Resources"), keyARN: reader.optionalIdentifier("Provider", "KeyArn"))
    }

    private static func publicAccessCIDRs(_ vpc: PropertyReader) -> Resolved<[String]> {
        let cidrs = vpc.stringList("PublicAccessCidrs")
        if let list = cidrs.value, list.isEmpty { return .defaulted(["0.0.0.0/0"], at: cidrs.origin) }
        return cidrs
    }
}
