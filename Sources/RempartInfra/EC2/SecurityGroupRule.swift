import RempartTemplate

/// One ingress or egress rule of a security group, for an IPv4 range.
public struct SecurityGroupRule: Sendable {
    /// `tcp`, `udp`, `icmp` or `-1` for every protocol.
    public var ipProtocol: String
    public var fromPort: Int
    public var toPort: Int
    /// The IPv4 range: the source of an ingress rule, the destination of an egress rule.
    public var cidrIP: Token
    /// The rule's purpose, which trivy's AVD-AWS-0124 requires.
    public var description: String?

    /// Creates a rule for the ports `fromPort` through `toPort`.
    public init(ipProtocol: String = "tcp", fromPort: Int, toPort: Int, cidrIP: Token, description: String? = nil) {
        self.ipProtocol = ipProtocol
        self.fromPort = fromPort
        self.toPort = toPort
        self.cidrIP = cidrIP
        self.description = description
    }

    /// Creates a TCP rule for one port.
    public static func tcp(_ port: Int, from cidrIP: Token, description: String? = nil) -> SecurityGroupRule {
        SecurityGroupRule(fromPort: port, toPort: port, cidrIP: cidrIP, description: description)
    }

    /// The rule as an element of `SecurityGroupIngress` or `SecurityGroupEgress`.
    /// The rule as a template value; a rule for every protocol (`-1`) has no ports, which CloudFormation ignores.
    var node: Node {
        let isEveryProtocol = ipProtocol == "-1"
        return .map([
            ("Description", description.node),
            ("IpProtocol", .string(ipProtocol)),
            ("FromPort", isEveryProtocol ? nil : .number(fromPort)),
            ("ToPort", isEveryProtocol ? nil : .number(toPort)),
            ("CidrIp", cidrIP.node),
        ])
    }
}
