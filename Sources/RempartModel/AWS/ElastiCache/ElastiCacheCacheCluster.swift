/// An Amazon ElastiCache cache cluster (`AWS::ElastiCache::CacheCluster`).
public struct ElastiCacheCacheCluster: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The engine (`Engine`: `redis`, `memcached`, `valkey`).
    public var engine: Resolved<String?>
    /// The node type (`CacheNodeType`).
    public var nodeType: Resolved<String?>
    /// Days snapshots are kept (`SnapshotRetentionLimit`, default 0).
    public var snapshotRetentionLimit: Resolved<Int>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, engine: Resolved<String?>, nodeType: Resolved<String?>,
        snapshotRetentionLimit: Resolved<Int>
    ) {
        self.address = address
        self.engine = engine
        self.nodeType = nodeType
        self.snapshotRetentionLimit = snapshotRetentionLimit
    }
}
