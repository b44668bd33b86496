import RempartAWS
import RempartSupport
import RempartTemplate

/// `AWS::EC2::SecurityGroup`: `CreateSecurityGroup`, then its inline rules. Ingress rules take one
/// `AuthorizeSecurityGroupIngress`. Egress rules replace AWS's default allow-all rule: one
/// `RevokeSecurityGroupEgress`, then one `AuthorizeSecurityGroupEgress`, as CloudFormation does.
struct SecurityGroupProvisioner: Provisioner {
    var resourceType: String { "AWS::EC2::SecurityGroup" }
    var noun: ResourceNoun { ResourceNoun("security group", fr: FrenchNoun("groupe de sécurité", .masculine)) }

    var settings: [ResourceSetting] {
        [
            ResourceSetting(
                name: "Ingress", propertyKeys: ["SecurityGroupIngress"],
                title: LocalizedText("Authorize the ingress rules of %", fr: "Autoriser les règles entrantes de %"),
                isNeededByDependents: true,
                update: { input, record in
                    let rules = try Self.permissions(try await input.properties()["SecurityGroupIngress"], input.logicalID)
                    try await Self.replaceRules(of: record.id, with: rules, isIngress: true, ec2: input.context.services.ec2)
                }
            ) { input, record in
                let rules = try Self.permissions(try await input.properties()["SecurityGroupIngress"], input.logicalID)
                guard !rules.isEmpty else { return }
                try await Self.ignoringDuplicates {
                    try await input.context.services.ec2.authorizeIngress(groupID: record.id, permissions: rules)
                }
            },
            ResourceSetting(
                name: "Egress", propertyKeys: ["SecurityGroupEgress"],
                title: LocalizedText("Replace the egress rules of %", fr: "Remplacer les règles sortantes de %"),
                isNeededByDependents: true,
                update: { input, record in
                    let rules = try Self.permissions(try await input.properties()["SecurityGroupEgress"], input.logicalID)
                    // An empty list leaves AWS's allow-all egress rule, as the first deployment did.
                    guard !rules.isEmpty else { return }
                    try await Self.replaceRules(of: record.id, with: rules, isIngress: false, ec2: input.context.services.ec2)
                }
            ) { input, record in
                let rules = try Self.permissions(try await input.properties()["SecurityGroupEgress"], input.logicalID)
                guard !rules.isEmpty else { return }
                let ec2 = input.context.services.ec2
                try await Self.ignoringDuplicates {
                    try await ec2.revokeEgress(
                        groupID: record.id,
                        permissions: [
                            EC2.IPPermission(ipProtocol: "-1", ipRanges: [EC2.IPPermission.IPRange("0.0.0.0/0")])
                        ])
                }
                try await Self.ignoringDuplicates { try await ec2.authorizeEgress(groupID: record.id, permissions: rules) }
            },
        ]
    }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let id = try await input.context.services.ec2.createSecurityGroup(
            name: properties.text("GroupName") ?? input.generatedName,
            description: try properties.requiredText("GroupDescription", of: input.logicalID),
            vpcID: try properties.requiredText("VpcId", of: input.logicalID), tags: input.tags(properties))
        return ResourceRecord(type: resourceType, id: id, attributes: ["GroupId": id])
    }

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let context = input.context
        return try await context.services.ec2.describeSecurityGroups(filters: context.tagFilters)
            .first { context.isOwned($0.tags) }
            .map { ResourceRecord(type: resourceType, id: $0.id, attributes: ["GroupId": $0.id]) }
    }

    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        try await AbsentResource.ignoring { try await context.services.ec2.deleteSecurityGroup(id: record.id) }
    }

    /// Runs `body`, treating a rule that already exists, or is already revoked, as done: the settings run again
    /// when a deployment adopts a group whose state file was lost.
    static func ignoringDuplicates(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as AWSError
            where error.code == "InvalidPermission.Duplicate" || error.code == "InvalidPermission.NotFound"
        {
            return
        }
    }

    /// Makes the group's ingress or egress rules exactly `rules`, as CloudFormation updates `SecurityGroupIngress`
    /// and `SecurityGroupEgress` in place. It reads the group (`DescribeSecurityGroups`), authorizes the missing
    /// rules first and then revokes the others, so that no wanted traffic is cut in between. A rule is its
    /// protocol, ports and range; a changed description alone changes nothing.
    static func replaceRules(of groupID: String, with rules: [EC2.IPPermission], isIngress: Bool, ec2: EC2) async throws {
        guard let group = try await ec2.describeSecurityGroups(ids: [groupID]).first else {
            throw DeployError.stepAborted(
                step: groupID, title: "Update the rules of security group \(groupID)",
                reason: "the security group no longer exists; run destroy, then deploy again")
        }
        let current = (isIngress ? group.ingress : group.egress).flatMap(singleRanges)
        let desired = rules.flatMap(singleRanges)
        let currentKeys = Set(current.map(ruleKey))
        let desiredKeys = Set(desired.map(ruleKey))
        let missing = desired.filter { !currentKeys.contains(ruleKey($0)) }
        let extra = current.filter { !desiredKeys.contains(ruleKey($0)) && $0.groupIDs.isEmpty }
        if !missing.isEmpty {
            try await ignoringDuplicates {
                if isIngress {
                    try await ec2.authorizeIngress(groupID: groupID, permissions: missing)
                } else {
                    try await ec2.authorizeEgress(groupID: groupID, permissions: missing)
                }
            }
        }
        if !extra.isEmpty {
            try await ignoringDuplicates {
                if isIngress {
                    try await ec2.revokeIngress(groupID: groupID, permissions: extra)
                } else {
                    try await ec2.revokeEgress(groupID: groupID, permissions: extra)
                }
            }
        }
    }

    /// Splits a permission into one permission per IPv4 range, without its group sources.
    private static func singleRanges(_ permission: EC2.IPPermission) -> [EC2.IPPermission] {
        permission.ipRanges.map { range in
            EC2.IPPermission(
                ipProtocol: permission.ipProtocol, fromPort: permission.fromPort, toPort: permission.toPort,
                ipRanges: [range])
        }
    }

    /// Returns the identity of a single-range rule: its protocol, its ports (none for every protocol) and its range.
    private static func ruleKey(_ permission: EC2.IPPermission) -> String {
        let isEveryProtocol = permission.ipProtocol == "-1"
        let from = isEveryProtocol ? "" : permission.fromPort.map(String.init) ?? ""
        let to = isEveryProtocol ? "" : permission.toPort.map(String.init) ?? ""
        return "\(permission.ipProtocol) \(from) \(to) \(permission.ipRanges.first?.cidr ?? "")"
    }

    /// Returns the rules of a `SecurityGroupIngress` or `SecurityGroupEgress` list, one range each.
    static func permissions(_ rules: Node?, _ logicalID: String) throws -> [EC2.IPPermission] {
        try (rules?.elements ?? []).map { rule in
            let ipProtocol = try rule.requiredText("IpProtocol", of: logicalID)
            let cidr = try rule.requiredText("CidrIp", of: logicalID)
            let isEveryProtocol = ipProtocol == "-1"
            return EC2.IPPermission(
                ipProtocol: ipProtocol, fromPort: isEveryProtocol ? nil : rule["FromPort"]?.intValue,
                toPort: isEveryProtocol ? nil : rule["ToPort"]?.intValue,
                ipRanges: [EC2.IPPermission.IPRange(cidr, description: rule.text("Description"))])
        }
    }
}
