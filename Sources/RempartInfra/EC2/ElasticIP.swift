import RempartTemplate

/// An `AWS::EC2::EIP`, for a NAT gateway or an instance.
public struct ElasticIP: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::EC2::EIP" }
    public var attributes: ResourceAttributes
    /// `vpc` for addresses used in a VPC.
    public var domain: String?
    /// The instance the address is associated with.
    public var instanceID: Token?
    public var tags: [Tag]

    /// Creates an Elastic IP address.
    public init(
        _ logicalID: String, domain: String? = "vpc", instanceID: Token? = nil, tags: [Tag] = [],
        attributes: ResourceAttributes = ResourceAttributes()
    ) {
        self.logicalID = logicalID
        self.domain = domain
        self.instanceID = instanceID
        self.tags = tags
        self.attributes = attributes
    }

    /// The allocation ID, which a NAT gateway needs.
    public var allocationID: Token { attribute("AllocationId") }

    public var properties: Node {
        .map([("Domain", domain.node), ("InstanceId", instanceID.node), ("Tags", .tags(tags))])
    }
}
