import RempartModel
import RempartTemplate

/// Reads Amazon Redshift clusters, security groups and parameter groups.
enum RedshiftAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let clusters: [any AWSResource] = input.resources(ofType: "AWS::Redshift::Cluster").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return RedshiftCluster(
                address: PropertyReader.address(of: resource),
                isEncrypted: properties.bool("Encrypted", default: false),
                kmsKeyID: properties.optionalIdentifier("KmsKeyId"),
                subnetGroupName: properties.optionalIdentifier("ClusterSubnetGroupName"),
                isPubliclyAccessible: properties.bool("PubliclyAccessible", default: false),
                loggingBucket: properties.optionalIdentifier("LoggingProperties", "BucketName"))
        }
        let securityGroups: [any AWSResource] = input.resources(ofType: "AWS::Redshift::ClusterSecurityGroup").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return RedshiftClusterSecurityGroup(
                address: PropertyReader.address(of: resource), description: properties.optionalString("Description"))
        }
        let parameterGroups: [any AWSResource] = input.resources(ofType: "AWS::Redshift::ClusterParameterGroup").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return RedshiftClusterParameterGroup(
                address: PropertyReader.address(of: resource), requireSSL: requireSSL(properties))
        }
        return clusters + securityGroups + parameterGroups
    }

    private static func requireSSL(_ properties: PropertyReader) -> Resolved<String?> {
        let parameters = properties.elements("Parameters")
        if case .unknown(let reason) = parameters.state { return .unresolved(reason, at: parameters.origin) }
        var result: Resolved<String?> = .defaulted(nil, at: properties.defaultOrigin)
        for parameter in parameters.value ?? []
        where parameter.optionalString("ParameterName").value == .some("require_ssl") {
            result = parameter.optionalString("ParameterValue").map { $0?.lowercased() }
        }
        return result
    }
}
