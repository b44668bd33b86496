/// An RDS DB instance (`AWS::RDS::DBInstance`).
public struct RDSDBInstance: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `Engine`, such as `mysql`, `postgres` or `aurora-mysql`.
    public var engine: Resolved<String?>
    /// `DBClusterIdentifier`: the Aurora or Multi-AZ cluster the instance belongs to.
    public var cluster: Resolved<Identifier?>
    /// `SourceDBInstanceIdentifier`: set for read replicas, which inherit encryption and backups.
    public var sourceDBInstance: Resolved<Identifier?>
    /// `DBSubnetGroupName`; without it the instance goes to the default VPC.
    public var subnetGroup: Resolved<Identifier?>
    /// `StorageEncrypted`; AWS default false (true for Aurora, where the cluster decides).
    public var isStorageEncrypted: Resolved<Bool>
    /// `KmsKeyId`.
    public var kmsKeyID: Resolved<Identifier?>
    /// `PubliclyAccessible`. When absent, AWS decides: the adapter defaults it to false for
    /// Aurora, to true without a subnet group or with the `default` one (the default VPC has an
    /// internet gateway), and leaves it unresolved with another subnet group.
    public var isPubliclyAccessible: Resolved<Bool>
    /// `BackupRetentionPeriod`, in days; AWS default 1.
    public var backupRetentionPeriod: Resolved<Int>
    /// `EnablePerformanceInsights`; AWS default false.
    public var isPerformanceInsightsEnabled: Resolved<Bool>
    /// `PerformanceInsightsKMSKeyId`.
    public var performanceInsightsKMSKeyID: Resolved<Identifier?>
    /// `EnableIAMDatabaseAuthentication`; AWS default false.
    public var isIAMAuthenticationEnabled: Resolved<Bool>
    /// `DeletionProtection`; AWS default false.
    public var isDeletionProtectionEnabled: Resolved<Bool>
    /// `MultiAZ`; AWS default false.
    public var isMultiAZ: Resolved<Bool>
    /// `MonitoringInterval`, in seconds; AWS default 0 (enhanced monitoring off).
    public var monitoringInterval: Resolved<Int>
    /// `AutoMinorVersionUpgrade`; AWS default true.
    public var isAutoMinorVersionUpgradeEnabled: Resolved<Bool>
    /// `EnableCloudwatchLogsExports`.
    public var cloudWatchLogsExports: Resolved<[String]>
    /// `CopyTagsToSnapshot`; AWS default false.
    public var copiesTagsToSnapshot: Resolved<Bool>

    /// Creates an instance with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        let origin = address.origin
        self.address = address
        engine = .defaulted(nil, at: origin)
        cluster = .defaulted(nil, at: origin)
        sourceDBInstance = .defaulted(nil, at: origin)
        subnetGroup = .defaulted(nil, at: origin)
        isStorageEncrypted = .defaulted(false, at: origin)
        kmsKeyID = .defaulted(nil, at: origin)
        isPubliclyAccessible = .defaulted(true, at: origin)
        backupRetentionPeriod = .defaulted(1, at: origin)
        isPerformanceInsightsEnabled = .defaulted(false, at: origin)
        performanceInsightsKMSKeyID = .defaulted(nil, at: origin)
        isIAMAuthenticationEnabled = .defaulted(false, at: origin)
        isDeletionProtectionEnabled = .defaulted(false, at: origin)
        isMultiAZ = .defaulted(false, at: origin)
        monitoringInterval = .defaulted(0, at: origin)
        isAutoMinorVersionUpgradeEnabled = .defaulted(true, at: origin)
        cloudWatchLogsExports = .defaulted([], at: origin)
        copiesTagsToSnapshot = .defaulted(false, at: origin)
    }

    /// Whether the engine is an Aurora engine, whose storage and replication the cluster owns.
    public var isAurora: Resolved<Bool> {
        engine.map { $0?.lowercased().hasPrefix("aurora") ?? false }
    }
}
