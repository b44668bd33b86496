/// An Amazon ElastiCache replication group (`AWS::ElastiCache::ReplicationGroup`).
public struct ElastiCacheReplicationGroup: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// Whether data at rest is encrypted (`AtRestEncryptionEnabled`, default false).
    public var isAtRestEncryptionEnabled: Resolved<Bool>
    /// Whether traffic is encrypted (`TransitEncryptionEnabled`, default false).
    public var isTransitEncryptionEnabled: Resolved<Bool>
    /// Whether clients must authenticate (`AuthToken` or `UserGroupIds` is set).
    public var hasAuthentication: Resolved<Bool>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, isAtRestEncryptionEnabled: Resolved<Bool>,
        isTransitEncryptionEnabled: Resolved<Bool>, hasAuthentication: Resolved<Bool>
    ) {
        self.address = address
        self.isAtRestEncryptionEnabled = isAtRestEncryptionEnabled
        self.isTransitEncryptionEnabled = isTransitEncryptionEnabled
        self.hasAuthentication = hasAuthentication
    }
}
