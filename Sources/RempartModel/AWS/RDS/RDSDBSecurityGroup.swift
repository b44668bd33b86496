/// An EC2-Classic DB security group (`AWS::RDS::DBSecurityGroup`), a retired feature.
public struct RDSDBSecurityGroup: AWSResource, Hashable {
    public var address: ResourceAddress
    /// The `CIDRIP` of each `DBSecurityGroupIngress` entry that has one.
    public var ingressCIDRs: [Resolved<String>]

    /// Creates a DB security group with no ingress, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        ingressCIDRs = []
    }
}
