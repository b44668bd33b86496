/// One entry of a network ACL (`AWS::EC2::NetworkAclEntry`), folded into its ACL.
public struct NetworkACLEntry: Sendable {
    /// The `AWS::EC2::NetworkAclEntry` resource.
    public var address: ResourceAddress
    /// `Egress`, false (ingress) by default.
    public var isEgress: Resolved<Bool>
    /// `RuleAction`: `allow` or `deny`.
    public var action: Resolved<String>
    /// `Protocol`: a protocol number, `-1` for all.
    public var ipProtocol: Resolved<IPProtocol>
    /// `PortRange.From`, when set.
    public var fromPort: Resolved<Int>?
    /// `PortRange.To`, when set.
    public var toPort: Resolved<Int>?
    /// `CidrBlock`, when set.
    public var ipv4Range: Resolved<String>?
    /// `Ipv6CidrBlock`, when set.
    public var ipv6Range: Resolved<String>?
    /// `RuleNumber`, when set.
    public var ruleNumber: Resolved<Int>?

    /// Creates an entry.
    public init(
        address: ResourceAddress, isEgress: Resolved<Bool>, action: Resolved<String>, ipProtocol: Resolved<IPProtocol>,
        fromPort: Resolved<Int>?, toPort: Resolved<Int>?, ipv4Range: Resolved<String>?, ipv6Range: Resolved<String>?,
        ruleNumber: Resolved<Int>?
    ) {
        self.address = address
        self.isEgress = isEgress
        self.action = action
        self.ipProtocol = ipProtocol
        self.fromPort = fromPort
        self.toPort = toPort
        self.ipv4Range = ipv4Range
        self.ipv6Range = ipv6Range
        self.ruleNumber = ruleNumber
    }

    /// The address ranges of the entry (IPv4 then IPv6).
    public var ranges: [Resolved<String>] { [ipv4Range, ipv6Range].compactMap { $0 } }
}
