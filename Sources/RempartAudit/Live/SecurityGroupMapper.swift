import RempartAWS
import RempartModel

/// Turns a described security group into the model, one rule per address range or peer group.
///
/// EC2 groups the sources of one protocol and port range in one permission; templates write
/// one rule per source, and the rules read them that way, so each permission is split.
enum SecurityGroupMapper {
    /// Returns the model of `group`.
    static func securityGroup(_ reader: LiveReader, _ group: EC2.SecurityGroup) -> SecurityGroup {
        let address = reader.address("AWS::EC2::SecurityGroup", group.id)
        let origin = address.origin
        return SecurityGroup(
            address: address, description: .explicit(group.description, at: origin),
            groupName: .explicit(group.name, at: origin),
            vpc: group.vpcID.map { .explicit(.literal($0), at: origin) },
            ingressRules: group.ingress.flatMap { rules($0, direction: .ingress, of: address) },
            egressRules: group.egress.flatMap { rules($0, direction: .egress, of: address) })
    }

    /// Splits one permission into rules, one per IPv4 range and one per peer group.
    static func rules(
        _ permission: EC2.IPPermission, direction: SecurityGroupRule.Direction, of group: ResourceAddress
    ) -> [SecurityGroupRule] {
        let origin = group.origin
        let ipProtocol = IPProtocol(permission.ipProtocol)
        // EC2 returns no ports for `-1`; a rule of every protocol covers every port anyway.
        let fromPort = permission.fromPort.map { Resolved.explicit($0, at: origin) }
        let toPort = permission.toPort.map { Resolved.explicit($0, at: origin) }
        func rule(range: String?, peer: String?, description: String?) -> SecurityGroupRule {
            SecurityGroupRule(
                declaringResource: group, origin: origin, direction: direction,
                ipProtocol: .explicit(ipProtocol, at: origin), fromPort: fromPort, toPort: toPort,
                ipv4Range: range.map { .explicit($0, at: origin) },
                peerGroup: peer.map { .explicit(.literal($0), at: origin) },
                description: description.map { .explicit($0, at: origin) })
        }
        var rules = permission.ipRanges.map { rule(range: $0.cidr, peer: nil, description: $0.description) }
        rules += permission.groupIDs.map { rule(range: nil, peer: $0, description: nil) }
        return rules
    }
}
