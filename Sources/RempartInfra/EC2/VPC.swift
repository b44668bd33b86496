import RempartTemplate

/// An `AWS::EC2::VPC`.
public struct VPC: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::EC2::VPC" }
    public var attributes = ResourceAttributes()
    /// The IPv4 range, such as `10.0.0.0/16`.
    public var cidrBlock: Token
    /// Whether the Amazon DNS server answers in the VPC.
    public var enableDNSSupport: Bool?
    /// Whether instances get public DNS host names.
    public var enableDNSHostnames: Bool?
    public var tags: [Tag]

    /// Creates a VPC.
    public init(
        _ logicalID: String, cidrBlock: Token, enableDNSSupport: Bool? = nil, enableDNSHostnames: Bool? = nil,
        tags: [Tag] = []
    ) {
        self.logicalID = logicalID
        self.cidrBlock = cidrBlock
        self.enableDNSSupport = enableDNSSupport
        self.enableDNSHostnames = enableDNSHostnames
        self.tags = tags
    }

    public var properties: Node {
        .map([
            ("CidrBlock", cidrBlock.node),
            ("EnableDnsSupport", enableDNSSupport.node),
            ("EnableDnsHostnames", enableDNSHostnames.node),
            ("Tags", .tags(tags)),
        ])
    }
}
