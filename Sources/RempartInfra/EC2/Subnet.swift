import RempartTemplate

/// An `AWS::EC2::Subnet`.
public struct Subnet: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::EC2::Subnet" }
    public var attributes = ResourceAttributes()
    /// The VPC, usually `vpc.ref`.
    public var vpcID: Token
    /// The Availability Zone: a name such as `us-east-1a`, or `Fn::Select` over `Fn::GetAZs`.
    public var availabilityZone: Token
    public var cidrBlock: Token
    /// Whether instances launched here get a public IPv4 address by default.
    public var mapPublicIPOnLaunch: Bool?
    public var tags: [Tag]

    /// Creates a subnet.
    public init(
        _ logicalID: String, vpcID: Token, availabilityZone: Token, cidrBlock: Token, mapPublicIPOnLaunch: Bool? = nil,
        tags: [Tag] = []
    ) {
        self.logicalID = logicalID
        self.vpcID = vpcID
        self.availabilityZone = availabilityZone
        self.cidrBlock = cidrBlock
        self.mapPublicIPOnLaunch = mapPublicIPOnLaunch
        self.tags = tags
    }

    public var properties: Node {
        .map([
            ("VpcId", vpcID.node),
            ("AvailabilityZone", availabilityZone.node),
            ("CidrBlock", cidrBlock.node),
            ("MapPublicIpOnLaunch", mapPublicIPOnLaunch.node),
            ("Tags", .tags(tags)),
        ])
    }
}
