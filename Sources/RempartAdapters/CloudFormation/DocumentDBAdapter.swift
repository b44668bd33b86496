import RempartModel
import RempartTemplate

/// Reads Amazon DocumentDB clusters and cluster parameter groups.
enum DocumentDBAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let clusters: [any AWSResource] = input.resources(ofType: "AWS::DocDB::DBCluster").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return DocDBCluster(
                address: PropertyReader.address(of: resource),
                logExports: properties.stringList("EnableCloudwatchLogsExports"),
                isStorageEncrypted: properties.bool("StorageEncrypted", default: false),
                kmsKeyID: properties.optionalIdentifier("KmsKeyId"),
                backupRetentionPeriod: properties.int("BackupRetentionPeriod", default: 1))
        }
        let groups: [any AWSResource] = input.resources(ofType: "AWS::DocDB::DBClusterParameterGroup").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return DocDBClusterParameterGroup(
                address: PropertyReader.address(of: resource),
                tls: properties.optionalString("Parameters", "tls"),
                auditLogs: properties.optionalString("Parameters", "audit_logs"))
        }
        return clusters + groups
    }
}
