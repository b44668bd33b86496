import RempartTemplate

/// An `AWS::EC2::NatGateway` in a public subnet, with an Elastic IP.
public struct NATGateway: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::EC2::NatGateway" }
    public var attributes = ResourceAttributes()
    /// The Elastic IP's allocation ID, usually `eip.allocationID`.
    public var allocationID: Token
    public var subnetID: Token
    public var tags: [Tag]

    /// Creates a NAT gateway.
    public init(_ logicalID: String, allocationID: Token, subnetID: Token, tags: [Tag] = []) {
        self.logicalID = logicalID
        self.allocationID = allocationID
        self.subnetID = subnetID
        self.tags = tags
    }

    public var properties: Node {
        .map([("AllocationId", allocationID.node), ("SubnetId", subnetID.node), ("Tags", .tags(tags))])
    }
}
