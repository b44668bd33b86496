/// An IAM role (`AWS::IAM::Role`).
public struct IAMRole: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `RoleName`; defaulted to nil when CloudFormation generates the name.
    public var name: Resolved<String?>
    /// `AssumeRolePolicyDocument`, the trust policy.
    public var assumeRolePolicy: Resolved<PolicyDocument?>
    /// `Policies`.
    public var inlinePolicies: [IAMInlinePolicy]
    /// `ManagedPolicyArns`.
    public var managedPolicyARNs: [Resolved<Identifier>]
    /// `PermissionsBoundary`.
    public var permissionsBoundary: Resolved<Identifier?>

    /// Creates a role.
    public init(
        address: ResourceAddress, name: Resolved<String?>, assumeRolePolicy: Resolved<PolicyDocument?>,
        inlinePolicies: [IAMInlinePolicy], managedPolicyARNs: [Resolved<Identifier>],
        permissionsBoundary: Resolved<Identifier?>
    ) {
        self.address = address
        self.name = name
        self.assumeRolePolicy = assumeRolePolicy
        self.inlinePolicies = inlinePolicies
        self.managedPolicyARNs = managedPolicyARNs
        self.permissionsBoundary = permissionsBoundary
    }
}
