/// An IAM user (`AWS::IAM::User`).
public struct IAMUser: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `UserName`; defaulted to nil when CloudFormation generates the name.
    public var name: Resolved<String?>
    /// `Policies`.
    public var inlinePolicies: [IAMInlinePolicy]
    /// `ManagedPolicyArns`.
    public var managedPolicyARNs: [Resolved<Identifier>]
    /// `Groups`.
    public var groups: [Resolved<Identifier>]
    /// Whether the user has a console password (`LoginProfile`).
    public var hasLoginProfile: Resolved<Bool>

    /// Creates a user.
    public init(
        address: ResourceAddress, name: Resolved<String?>, inlinePolicies: [IAMInlinePolicy],
        managedPolicyARNs: [Resolved<Identifier>], groups: [Resolved<Identifier>], hasLoginProfile: Resolved<Bool>
    ) {
        self.address = address
        self.name = name
        self.inlinePolicies = inlinePolicies
        self.managedPolicyARNs = managedPolicyARNs
        self.groups = groups
        self.hasLoginProfile = hasLoginProfile
    }
}
