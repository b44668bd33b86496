import RempartTemplate

/// An `AWS::IAM::Role`.
public struct IAMRole: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::IAM::Role" }
    public var attributes = ResourceAttributes()
    public var description: String?
    /// The trust policy: the principals that may assume the role.
    public var assumeRolePolicy: PolicyDocument
    public var managedPolicyARNs: [Token]
    /// Inline policies, by name.
    public var policies: [(name: String, document: PolicyDocument)]

    /// Creates a role.
    public init(
        _ logicalID: String, description: String? = nil, assumeRolePolicy: PolicyDocument,
        managedPolicyARNs: [Token] = [], policies: [(name: String, document: PolicyDocument)] = []
    ) {
        self.logicalID = logicalID
        self.description = description
        self.assumeRolePolicy = assumeRolePolicy
        self.managedPolicyARNs = managedPolicyARNs
        self.policies = policies
    }

    /// The role's ARN.
    public var arn: Token { attribute("Arn") }

    public var properties: Node {
        .map([
            ("Description", description.node),
            ("AssumeRolePolicyDocument", assumeRolePolicy.node),
            ("ManagedPolicyArns", managedPolicyARNs.isEmpty ? nil : .list(managedPolicyARNs.map(\.node))),
            (
                "Policies",
                policies.isEmpty
                    ? nil
                    : .list(
                        policies.map { .map([("PolicyName", .string($0.name)), ("PolicyDocument", $0.document.node)]) })
            ),
        ])
    }
}
