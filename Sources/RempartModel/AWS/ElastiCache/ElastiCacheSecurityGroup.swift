/// An Amazon ElastiCache security group of EC2-Classic (`AWS::ElastiCache::SecurityGroup`).
public struct ElastiCacheSecurityGroup: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The description (`Description`).
    public var description: Resolved<String?>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, description: Resolved<String?>) {
        self.address = address
        self.description = description
    }
}
