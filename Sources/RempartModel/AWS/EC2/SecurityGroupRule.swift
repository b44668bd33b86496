/// One ingress or egress rule of a security group, written inline in the group or as a
/// separate `AWS::EC2::SecurityGroupIngress` / `AWS::EC2::SecurityGroupEgress` resource.
public struct SecurityGroupRule: Sendable {
    /// The direction of the traffic the rule allows.
    public enum Direction: String, Sendable {
        case ingress
        case egress
    }

    /// The resource that declares the rule: the group for an inline rule, the ingress or
    /// egress resource otherwise. Findings about the rule are reported on it, where the fix goes.
    public var declaringResource: ResourceAddress
    /// The rule itself: its list element, or the ingress/egress resource.
    public var origin: Origin
    public var direction: Direction
    /// `IpProtocol`.
    public var ipProtocol: Resolved<IPProtocol>
    /// `FromPort`, nil when absent (for `-1`, ICMP and the like).
    public var fromPort: Resolved<Int>?
    /// `ToPort`, nil when absent.
    public var toPort: Resolved<Int>?
    /// `CidrIp`, when set.
    public var ipv4Range: Resolved<String>?
    /// `CidrIpv6`, when set.
    public var ipv6Range: Resolved<String>?
    /// `SourceSecurityGroupId`/`SourceSecurityGroupName` or `DestinationSecurityGroupId`.
    public var peerGroup: Resolved<Identifier>?
    /// `SourcePrefixListId` or `DestinationPrefixListId`.
    public var prefixList: Resolved<Identifier>?
    /// `Description`, when set.
    public var description: Resolved<String>?
    /// Set when the rule element itself cannot be known, with the reason.
    public var unknownReason: String?

    /// Creates a rule.
    public init(
        declaringResource: ResourceAddress, origin: Origin, direction: Direction, ipProtocol: Resolved<IPProtocol>,
        fromPort: Resolved<Int>? = nil, toPort: Resolved<Int>? = nil, ipv4Range: Resolved<String>? = nil,
        ipv6Range: Resolved<String>? = nil, peerGroup: Resolved<Identifier>? = nil,
        prefixList: Resolved<Identifier>? = nil, description: Resolved<String>? = nil, unknownReason: String? = nil
    ) {
        self.declaringResource = declaringResource
        self.origin = origin
        self.direction = direction
        self.ipProtocol = ipProtocol
        self.fromPort = fromPort
        self.toPort = toPort
        self.ipv4Range = ipv4Range
        self.ipv6Range = ipv6Range
        self.peerGroup = peerGroup
        self.prefixList = prefixList
        self.description = description
        self.unknownReason = unknownReason
    }

    /// The address ranges of the rule (IPv4 then IPv6), each with its provenance.
    public var ranges: [Resolved<String>] { [ipv4Range, ipv6Range].compactMap { $0 } }
}
