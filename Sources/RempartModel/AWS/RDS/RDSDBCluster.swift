/// An RDS DB cluster (`AWS::RDS::DBCluster`): Aurora or Multi-AZ.
public struct RDSDBCluster: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `Engine`, such as `aurora-mysql`.
    public var engine: Resolved<String?>
    /// `StorageEncrypted`; AWS default false unless restored from an encrypted source.
    public var isStorageEncrypted: Resolved<Bool>
    /// `KmsKeyId`.
    public var kmsKeyID: Resolved<Identifier?>
    /// `SnapshotIdentifier` or `SourceDBClusterIdentifier`: the cluster inherits encryption.
    public var restoreSource: Resolved<Identifier?>
    /// `ReplicationSourceIdentifier`: set for read replica clusters.
    public var replicationSource: Resolved<Identifier?>
    /// `BackupRetentionPeriod`, in days; AWS default 1.
    public var backupRetentionPeriod: Resolved<Int>
    /// `PerformanceInsightsEnabled`; AWS default false.
    public var isPerformanceInsightsEnabled: Resolved<Bool>
    /// `PerformanceInsightsKmsKeyId`.
    public var performanceInsightsKMSKeyID: Resolved<Identifier?>
    /// `EnableIAMDatabaseAuthentication`; AWS default false.
    public var isIAMAuthenticationEnabled: Resolved<Bool>
    /// `DeletionProtection`; AWS default false.
    public var isDeletionProtectionEnabled: Resolved<Bool>
    /// `PubliclyAccessible`, for Multi-AZ DB clusters only.
    public var isPubliclyAccessible: Resolved<Bool?>

    /// Creates a cluster with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        let origin = address.origin
        self.address = address
        engine = .defaulted(nil, at: origin)
        isStorageEncrypted = .defaulted(false, at: origin)
        kmsKeyID = .defaulted(nil, at: origin)
        restoreSource = .defaulted(nil, at: origin)
        replicationSource = .defaulted(nil, at: origin)
        backupRetentionPeriod = .defaulted(1, at: origin)
        isPerformanceInsightsEnabled = .defaulted(false, at: origin)
        performanceInsightsKMSKeyID = .defaulted(nil, at: origin)
        isIAMAuthenticationEnabled = .defaulted(false, at: origin)
        isDeletionProtectionEnabled = .defaulted(false, at: origin)
        isPubliclyAccessible = .defaulted(nil, at: origin)
    }
}
