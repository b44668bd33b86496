import RempartModel
import RempartTemplate

/// Reads DynamoDB tables, global tables and DAX clusters.
enum DynamoDBAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        var resources: [any AWSResource] = []
        for (template, resource) in input.resources(ofType: "AWS::DynamoDB::Table") {
            let reader = PropertyReader(resource, file: template.file)
            var table = DynamoDBTable(address: address(of: resource, in: template))
            table.isSSEEnabled = reader.bool("SSESpecification", "SSEEnabled", default: false)
            table.kmsMasterKeyID = reader.optionalIdentifier("SSESpecification", "KMSMasterKeyId")
            table.isPointInTimeRecoveryEnabled = reader.bool(
                "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled", default: false)
            table.isDeletionProtectionEnabled = reader.bool("DeletionProtectionEnabled", default: false)
            resources.append(table)
        }
        for (template, resource) in input.resources(ofType: "AWS::DynamoDB::GlobalTable") {
            let reader = PropertyReader(resource, file: template.file)
            var table = DynamoDBGlobalTable(address: address(of: resource, in: template))
            if case .known(let replicas) = reader.elements("Replicas").state {
                table.replicaPointInTimeRecovery = replicas.map {
                    $0.bool("PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled", default: false)
                }
            }
            resources.append(table)
        }
        for (template, resource) in input.resources(ofType: "AWS::DAX::Cluster") {
            let reader = PropertyReader(resource, file: template.file)
            var cluster = DAXCluster(address: address(of: resource, in: template))
            cluster.isSSEEnabled = reader.bool("SSESpecification", "SSEEnabled", default: false)
            resources.append(cluster)
        }
        return resources
    }
}
