import RempartAWS
import RempartSupport
import RempartTemplate

/// `AWS::EC2::SecurityGroup`: `CreateSecurityGroup`, then its inline rules. Ingress rules take one
/// `AuthorizeSecurityGroupIngress`. Egress rules replace AWS's default allow-all rule: one
/// `RevokeSecurityGroupEgress`, then one `AuthorizeSecurityGroupEgress`, as CloudFormation does.
struct SecurityGroupProvisioner: Provisioner {
    var resourceType: String { "AWS::EC2::SecurityGroup" }
    var noun: LocalizedText { LocalizedText("security group", fr: "le groupe de sécurité") }

    var settings: [ResourceSetting] {
        [
            ResourceSetting(
                name: "Ingress", propertyKeys: ["SecurityGroupIngress"],
                title: LocalizedText("Authorize the ingress rules of %", fr: "Autoriser les règles entrantes de %"),
                isNeededByDependents: true
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
                isNeededByDependents: true
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

    func delete(_ record: ResourceRecord, context: StepContext) async throws {
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
