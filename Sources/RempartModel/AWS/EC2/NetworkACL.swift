/// A network ACL (`AWS::EC2::NetworkAcl`) with the entries of the scan that target it.
public struct NetworkACL: AWSResource {
    public var address: ResourceAddress
    /// `VpcId`, when set.
    public var vpc: Resolved<Identifier>?
    /// The `AWS::EC2::NetworkAclEntry` resources whose `NetworkAclId` is this ACL.
    public var entries: [NetworkACLEntry]

    /// Creates a network ACL.
    public init(address: ResourceAddress, vpc: Resolved<Identifier>?, entries: [NetworkACLEntry]) {
        self.address = address
        self.vpc = vpc
        self.entries = entries
    }
}
