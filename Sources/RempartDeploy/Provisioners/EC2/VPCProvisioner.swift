import RempartAWS
import RempartSupport

/// `AWS::EC2::VPC`: `CreateVpc` with its range and tags, then `ModifyVpcAttribute` for the DNS settings.
struct VPCProvisioner: Provisioner {
    var resourceType: String { "AWS::EC2::VPC" }
    var noun: ResourceNoun { ResourceNoun("VPC", fr: FrenchNoun("VPC", .masculine)) }

    var settings: [ResourceSetting] {
        [
            ResourceSetting(
                name: "DNS", propertyKeys: ["EnableDnsSupport", "EnableDnsHostnames"],
                title: LocalizedText("Set the DNS attributes of %", fr: "Régler les attributs DNS de %")
            ) { input, record in
                let properties = try await input.properties()
                // AWS turns DNS support on and hostnames off by default; only other values take a call each.
                if properties["EnableDnsSupport"]?.boolValue == false {
                    try await Self.modify(record.id, "EnableDnsSupport", false, input.context)
                }
                if properties["EnableDnsHostnames"]?.boolValue == true {
                    try await Self.modify(record.id, "EnableDnsHostnames", true, input.context)
                }
            }
        ]
    }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let vpc = try await input.context.services.ec2.createVPC(
            cidrBlock: try properties.requiredText("CidrBlock", of: input.logicalID), tags: input.tags(properties))
        return ResourceRecord(type: resourceType, id: vpc.id, attributes: ["CidrBlock": vpc.cidrBlock])
    }

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let context = input.context
        return try await context.services.ec2.describeVPCs(filters: context.tagFilters)
            .first { context.isOwned($0.tags) }
            .map { ResourceRecord(type: resourceType, id: $0.id, attributes: ["CidrBlock": $0.cidrBlock]) }
    }

    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        try await AbsentResource.ignoring { try await context.services.ec2.deleteVPC(id: record.id) }
    }

    private static func modify(_ vpcID: String, _ attribute: String, _ value: Bool, _ context: StepContext) async throws {
        _ = try await context.services.ec2.call(
            "ModifyVpcAttribute", [("VpcId", .string(vpcID)), (attribute, .structure([("Value", .bool(value))]))])
    }
}
