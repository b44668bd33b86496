/// An AWS DMS replication instance (`AWS::DMS::ReplicationInstance`).
public struct DMSReplicationInstance: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// Whether the instance has a public address (`PubliclyAccessible`), nil when not set (AWS default true).
    public var isPubliclyAccessible: Resolved<Bool?>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, isPubliclyAccessible: Resolved<Bool?>) {
        self.address = address
        self.isPubliclyAccessible = isPubliclyAccessible
    }
}
