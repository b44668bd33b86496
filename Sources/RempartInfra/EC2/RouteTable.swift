import RempartTemplate

/// An `AWS::EC2::RouteTable`.
public struct RouteTable: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::EC2::RouteTable" }
    public var attributes = ResourceAttributes()
    public var vpcID: Token
    public var tags: [Tag]

    /// Creates a route table.
    public init(_ logicalID: String, vpcID: Token, tags: [Tag] = []) {
        self.logicalID = logicalID
        self.vpcID = vpcID
        self.tags = tags
    }

    public var properties: Node { .map([("VpcId", vpcID.node), ("Tags", .tags(tags))]) }
}
