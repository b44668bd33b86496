/// Standalone `AWS::EC2::SecurityGroupIngress`/`Egress` rules whose group is not a
/// security group of the scan (a literal `sg-…` ID, an import without export), kept so
/// that rules still check them.
public struct DetachedSecurityGroupRule: AWSResource {
    public var address: ResourceAddress
    /// The group the rule claims to belong to, when set.
    public var group: Resolved<Identifier>?
    /// The rule.
    public var rule: SecurityGroupRule

    /// Creates a detached rule.
    public init(address: ResourceAddress, group: Resolved<Identifier>?, rule: SecurityGroupRule) {
        self.address = address
        self.group = group
        self.rule = rule
    }
}
