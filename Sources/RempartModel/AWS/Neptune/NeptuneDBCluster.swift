/// An Amazon Neptune cluster (`AWS::Neptune::DBCluster`).
public struct NeptuneDBCluster: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The log types exported to CloudWatch Logs (`EnableCloudwatchLogsExports`).
    public var logExports: Resolved<[String]>
    /// Whether storage is encrypted (`StorageEncrypted`, default false).
    public var isStorageEncrypted: Resolved<Bool>
    /// The KMS key of the storage encryption (`KmsKeyId`), nil for the AWS managed key.
    public var kmsKeyID: Resolved<Identifier?>
    /// Days automated backups are kept (`BackupRetentionPeriod`, default 1).
    public var backupRetentionPeriod: Resolved<Int>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, logExports: Resolved<[String]>, isStorageEncrypted: Resolved<Bool>,
        kmsKeyID: Resolved<Identifier?>, backupRetentionPeriod: Resolved<Int>
    ) {
        self.address = address
        self.logExports = logExports
        self.isStorageEncrypted = isStorageEncrypted
        self.kmsKeyID = kmsKeyID
        self.backupRetentionPeriod = backupRetentionPeriod
    }
}
