/// An instance profile (`AWS::IAM::InstanceProfile`), which passes a role to EC2 instances.
public struct IAMInstanceProfile: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `InstanceProfileName`; defaulted to nil when CloudFormation generates the name.
    public var name: Resolved<String?>
    /// `Roles`.
    public var roles: [Resolved<Identifier>]

    /// Creates an instance profile.
    public init(address: ResourceAddress, name: Resolved<String?>, roles: [Resolved<Identifier>]) {
        self.address = address
        self.name = name
        self.roles = roles
    }
}
