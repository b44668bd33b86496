import RempartTemplate

/// An `AWS::EC2::InternetGateway`; attach it to a VPC with `VPCGatewayAttachment`.
public struct InternetGateway: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::EC2::InternetGateway" }
    public var attributes = ResourceAttributes()
    public var tags: [Tag]

    /// Creates an internet gateway.
    public init(_ logicalID: String, tags: [Tag] = []) {
        self.logicalID = logicalID
        self.tags = tags
    }

    public var properties: Node { .map([("Tags", .tags(tags))]) }
}
