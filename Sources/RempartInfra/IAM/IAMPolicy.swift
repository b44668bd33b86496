import RempartTemplate

/// An `AWS::IAM::Policy` attached to roles.
public struct IAMPolicy: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::IAM::Policy" }
    public var attributes = ResourceAttributes()
    public var policyName: String
    public var document: PolicyDocument
    /// The role names the policy is attached to.
    public var roles: [Token]

    /// Creates a policy.
    public init(_ logicalID: String, policyName: String, document: PolicyDocument, roles: [Token]) {
        self.logicalID = logicalID
        self.policyName = policyName
        self.document = document
        self.roles = roles
    }

    public var properties: Node {
        .map([
            ("PolicyName", .string(policyName)),
            ("PolicyDocument", document.node),
            ("Roles", .list(roles.map(\.node))),
        ])
    }
}
