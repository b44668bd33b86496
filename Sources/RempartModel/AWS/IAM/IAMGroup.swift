/// An IAM group (`AWS::IAM::Group`).
public struct IAMGroup: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `GroupName`; defaulted to nil when CloudFormation generates the name.
    public var name: Resolved<String?>
    /// `Policies`.
    public var inlinePolicies: [IAMInlinePolicy]
    /// `ManagedPolicyArns`.
    public var managedPolicyARNs: [Resolved<Identifier>]

    /// Creates a group.
    public init(
        address: ResourceAddress, name: Resolved<String?>, inlinePolicies: [IAMInlinePolicy],
        managedPolicyARNs: [Resolved<Identifier>]
    ) {
        self.address = address
        self.name = name
        self.inlinePolicies = inlinePolicies
        self.managedPolicyARNs = managedPolicyARNs
    }
}
