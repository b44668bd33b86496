import Foundation
import RempartModel

/// Helpers shared by the security group and network ACL rules: address ranges open to every
/// address, and the ports a rule opens.
enum NetworkExposure {
    /// The ranges that mean "any address", as trivy lists them (`*` comes from other providers).
    static let anyAddress: Set<String> = ["0.0.0.0/0", "::/0", "0000:0000:0000:0000:0000:0000:0000:0000/0", "*"]

    /// Returns whether `range` lets every IPv4 or IPv6 address in.
    static func allowsAnyAddress(_ range: String) -> Bool {
        anyAddress.contains(range.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Splits `ranges` into those that allow any address and the reason of the first range
    /// that cannot be known.
    static func openRanges(_ ranges: [Resolved<String>]) -> (open: [Resolved<String>], undecided: String?) {
        var open: [Resolved<String>] = []
        var undecided: String?
        for range in ranges {
            switch range.state {
            case .known(let text) where allowsAnyAddress(text): open.append(range)
            case .known: continue
            case .unknown(let reason): undecided = undecided ?? reason
            }
        }
        return (open, undecided)
    }

    /// Returns whether traffic of `ipProtocol` between `fromPort` and `toPort` reaches one of `ports`.
    ///
    /// `-1` reaches every port whatever the range. ICMP and other protocols without ports reach
    /// none. For TCP and UDP, a missing bound or `-1` means the whole range, as EC2 reads it.
    static func reaches(
        _ ports: [ClosedRange<Int>], ipProtocol: Resolved<IPProtocol>, fromPort: Resolved<Int>?, toPort: Resolved<Int>?,
        protocols: (IPProtocol) -> Bool = { $0.includesTCP || $0.includesUDP }
    ) -> Decision {
        guard case .known(let proto) = ipProtocol.state else {
            if case .unknown(let reason) = ipProtocol.state { return .unknown(reason) }
            return .unknown("unknown protocol")
        }
        guard protocols(proto) else { return .no }
        if proto == .all { return .yes }
        switch portRange(fromPort: fromPort, toPort: toPort) {
        case .unknown(let reason): return .unknown(reason)
        case .known(let opened): return Decision(opened.map { range in ports.contains { $0.overlaps(range) } } ?? false)
        }
    }

    /// Returns the ports between `fromPort` and `toPort`. The range is nil when written
    /// backwards (it opens nothing) and unknown when a bound is unknown.
    static func portRange(fromPort: Resolved<Int>?, toPort: Resolved<Int>?) -> Resolved<ClosedRange<Int>?>.State {
        var bounds: [Int] = []
        for (value, missing) in [(fromPort, 0), (toPort, 65535)] {
            guard let value else {
                bounds.append(missing)
                continue
            }
            switch value.state {
            case .known(let port): bounds.append(port < 0 ? missing : port)
            case .unknown(let reason): return .unknown(reason)
            }
        }
        guard bounds[0] <= bounds[1] else { return .known(nil) }
        return .known(bounds[0]...bounds[1])
    }
}
