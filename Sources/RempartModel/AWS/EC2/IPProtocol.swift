import Foundation

/// The protocol of a security group rule or network ACL entry, as EC2 reads `IpProtocol`.
///
/// EC2 accepts names (`tcp`) and IANA numbers (`6`), as strings or numbers. `-1` (and `all`
/// in network ACLs) means every protocol on every port, whatever port range is given.
public enum IPProtocol: Hashable, Sendable, CustomStringConvertible {
    /// Every protocol and every port (`-1`).
    case all
    /// TCP (`tcp`, `6`).
    case tcp
    /// UDP (`udp`, `17`).
    case udp
    /// ICMP (`icmp`, `1`).
    case icmp
    /// ICMPv6 (`icmpv6`, `58`).
    case icmpv6
    /// Any other protocol, by its lower-cased name or number.
    case other(String)

    /// Parses the text of `IpProtocol` or `Protocol`, in any case.
    public init(_ text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "-1", "all": self = .all
        case "tcp", "6": self = .tcp
        case "udp", "17": self = .udp
        case "icmp", "1": self = .icmp
        case "icmpv6", "58": self = .icmpv6
        case let other: self = .other(other)
        }
    }

    /// Whether the protocol carries TCP traffic (TCP itself or all protocols).
    public var includesTCP: Bool { self == .tcp || self == .all }

    /// Whether the protocol carries UDP traffic (UDP itself or all protocols).
    public var includesUDP: Bool { self == .udp || self == .all }

    /// Whether the rule's port range applies: only TCP and UDP have ports, and `-1` opens
    /// every port whatever range is written.
    public var hasPorts: Bool { self == .tcp || self == .udp }

    public var description: String {
        switch self {
        case .all: "-1"
        case .tcp: "tcp"
        case .udp: "udp"
        case .icmp: "icmp"
        case .icmpv6: "icmpv6"
        case .other(let text): text
        }
    }
}
