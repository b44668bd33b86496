/// A standalone IAM policy: `AWS::IAM::Policy` (inline, attached to its targets) or
/// `AWS::IAM::ManagedPolicy`.
public struct IAMPolicy: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `PolicyName` or `ManagedPolicyName`; defaulted to nil when absent.
    public var name: Resolved<String?>
    /// `PolicyDocument`.
    public var document: Resolved<PolicyDocument?>
    /// Whether the resource is an `AWS::IAM::ManagedPolicy`.
    public var isManagedPolicy: Bool
    /// `Roles`: the roles the policy is attached to.
    public var roles: [Resolved<Identifier>]
    /// `Users`: the users the policy is attached to.
    public var users: [Resolved<Identifier>]
    /// `Groups`: the groups the policy is attached to.
    public var groups: [Resolved<Identifier>]
    /// Where the `Users` property is, when present.
    public var usersOrigin: Origin?

    /// Creates a policy.
    public init(
        address: ResourceAddress, name: Resolved<String?>, document: Resolved<PolicyDocument?>,
        isManagedPolicy: Bool, roles: [Resolved<Identifier>], users: [Resolved<Identifier>],
        groups: [Resolved<Identifier>], usersOrigin: Origin?
    ) {
        self.address = address
        self.name = name
        self.document = document
        self.isManagedPolicy = isManagedPolicy
        self.roles = roles
        self.users = users
        self.groups = groups
        self.usersOrigin = usersOrigin
    }
}
