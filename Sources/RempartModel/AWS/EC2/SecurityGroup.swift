/// A security group (`AWS::EC2::SecurityGroup`) with all its rules, inline and separate.
public struct SecurityGroup: AWSResource {
    public var address: ResourceAddress
    /// `GroupDescription`, when set (CloudFormation requires it).
    public var description: Resolved<String>?
    /// `GroupName`, when set.
    public var groupName: Resolved<String>?
    /// `VpcId`, when set.
    public var vpc: Resolved<Identifier>?
    /// Inline `SecurityGroupIngress` rules, then the `AWS::EC2::SecurityGroupIngress`
    /// resources of the scan that target this group.
    public var ingressRules: [SecurityGroupRule]
    /// Inline `SecurityGroupEgress` rules, then the `AWS::EC2::SecurityGroupEgress` resources.
    public var egressRules: [SecurityGroupRule]

    /// Creates a security group.
    public init(
        address: ResourceAddress, description: Resolved<String>?, groupName: Resolved<String>?,
        vpc: Resolved<Identifier>?, ingressRules: [SecurityGroupRule], egressRules: [SecurityGroupRule]
    ) {
        self.address = address
        self.description = description
        self.groupName = groupName
        self.vpc = vpc
        self.ingressRules = ingressRules
        self.egressRules = egressRules
    }
}
