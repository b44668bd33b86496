/// An Amazon EKS managed node group (`AWS::EKS::Nodegroup`).
public struct EKSNodegroup: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The SSH key pair of the nodes (`RemoteAccess.Ec2SshKey`), nil when not set.
    public var sshKey: Resolved<Identifier?>
    /// Whether SSH access is limited to security groups (`RemoteAccess.SourceSecurityGroups` is set).
    public var hasSourceSecurityGroups: Resolved<Bool>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, sshKey: Resolved<Identifier?>, hasSourceSecurityGroups: Resolved<Bool>
    ) {
        self.address = address
        self.sshKey = sshKey
        self.hasSourceSecurityGroups = hasSourceSecurityGroups
    }
}
