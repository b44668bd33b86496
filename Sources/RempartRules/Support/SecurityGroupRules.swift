import RempartModel
import RempartSupport

/// Every security group rule of the state, inline or standalone, with its group.
enum SecurityGroupRules {
    /// Returns the rules of `direction`: those folded into security groups, then the
    /// standalone rules whose group is not in the state.
    static func all(_ state: AWSState, direction: SecurityGroupRule.Direction) -> [SecurityGroupRule] {
        let grouped = state.all(SecurityGroup.self).flatMap { group in
            direction == .ingress ? group.ingressRules : group.egressRules
        }
        let detached = state.all(DetachedSecurityGroupRule.self).map(\.rule).filter { $0.direction == direction }
        return grouped + detached
    }

    /// Records, for each rule of `direction`, whether it opens one of `ports` to any address:
    /// a failure at each open range (`CidrIp`, `CidrIpv6`), else a pass, or unknown.
    static func checkWorldOpen(
        _ state: AWSState, direction: SecurityGroupRule.Direction, ports: [ClosedRange<Int>],
        describe: (SecurityGroupRule, Resolved<String>) -> LocalizedText = exposure(of:range:),
        into results: inout ResultBuilder
    ) {
        for rule in all(state, direction: direction) {
            if let reason = rule.unknownReason {
                results.unknown(rule.declaringResource, reason: reason, at: rule.origin)
                continue
            }
            let (open, undecided) = NetworkExposure.openRanges(rule.ranges)
            guard !open.isEmpty || undecided != nil else {
                results.pass(rule.declaringResource, at: rule.origin)
                continue
            }
            let reaches = NetworkExposure.reaches(
                ports, ipProtocol: rule.ipProtocol, fromPort: rule.fromPort, toPort: rule.toPort)
            switch reaches {
            case .no:
                results.pass(rule.declaringResource, at: rule.origin)
            case .yes where !open.isEmpty:
                for range in open {
                    results.fail(rule.declaringResource, at: range.origin, detail: describe(rule, range))
                }
            case .yes:
                results.unknown(rule.declaringResource, reason: undecided ?? "unknown range", at: rule.origin)
            case .unknown(let reason):
                results.unknown(rule.declaringResource, reason: reason, at: rule.origin)
            }
        }
    }

    /// Describes what a rule opens, such as `tcp 22 open to 0.0.0.0/0`.
    static func exposure(of rule: SecurityGroupRule, range: Resolved<String>) -> LocalizedText {
        let cidr = range.value ?? "?"
        let ports: String
        switch rule.ipProtocol.value {
        case .all?:
            return LocalizedText("all traffic open to \(cidr)", fr: "tout le trafic ouvert à \(cidr)")
        case let proto?:
            let low = rule.fromPort?.value.map(String.init) ?? "0"
            let high = rule.toPort?.value.map(String.init) ?? "65535"
            ports = low == high ? "\(proto) \(low)" : "\(proto) \(low)-\(high)"
        case nil:
            ports = "?"
        }
        return LocalizedText("\(ports) open to \(cidr)", fr: "\(ports) ouvert à \(cidr)")
    }
}
