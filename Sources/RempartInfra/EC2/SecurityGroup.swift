import RempartTemplate

/// An `AWS::EC2::SecurityGroup` with its rules inline.
public struct SecurityGroup: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::EC2::SecurityGroup" }
    public var attributes = ResourceAttributes()
    public var groupName: Token?
    public var groupDescription: String
    public var vpcID: Token
    public var ingress: [SecurityGroupRule]
    /// Egress rules; an empty list leaves AWS's default rule (all traffic out) in place.
    public var egress: [SecurityGroupRule]
    public var tags: [Tag]

    /// Creates a security group.
    public init(
        _ logicalID: String, groupName: Token? = nil, groupDescription: String, vpcID: Token,
        ingress: [SecurityGroupRule] = [], egress: [SecurityGroupRule] = [], tags: [Tag] = []
    ) {
        self.logicalID = logicalID
        self.groupName = groupName
        self.groupDescription = groupDescription
        self.vpcID = vpcID
        self.ingress = ingress
        self.egress = egress
        self.tags = tags
    }

    /// The group ID, which instances in a VPC need (`Ref` gives the ID for a group in a VPC).
    public var groupID: Token { ref }

    public var properties: Node {
        .map([
            ("GroupName", groupName.node),
            ("GroupDescription", .string(groupDescription)),
            ("VpcId", vpcID.node),
            ("SecurityGroupIngress", ingress.isEmpty ? nil : .list(ingress.map(\.node))),
            ("SecurityGroupEgress", egress.isEmpty ? nil : .list(egress.map(\.node))),
            ("Tags", .tags(tags)),
        ])
    }
}
