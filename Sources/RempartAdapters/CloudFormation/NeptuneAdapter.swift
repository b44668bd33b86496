import RempartModel
import RempartTemplate

/// Reads Amazon Neptune clusters.
enum NeptuneAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let neptuneDBClusters: [any AWSResource] = input.resources(ofType: "AWS::Neptune::DBCluster").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return NeptuneDBCluster(
                address: PropertyReader.address(of: resource),
                logExports: properties.stringList("EnableCloudwatchLogsExports"),
                isStorageEncrypted: properties.bool("StorageEncrypted", default: false),
                kmsKeyID: properties.optionalIdentifier("KmsKeyId"),
                backupRetentionPeriod: properties.int("BackupRetentionPeriod", default: 1))
        }
        return neptuneDBClusters
    }
}
