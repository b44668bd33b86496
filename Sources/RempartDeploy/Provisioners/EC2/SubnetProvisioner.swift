import RempartAWS
import RempartSupport

/// `AWS::EC2::Subnet`: `CreateSubnet`, then `ModifySubnetAttribute` when it maps public IPs on launch.
struct SubnetProvisioner: Provisioner {
    var resourceType: String { "AWS::EC2::Subnet" }
    var noun: ResourceNoun { ResourceNoun("subnet", fr: FrenchNoun("sous-réseau", .masculine)) }

    var settings: [ResourceSetting] {
        [
            ResourceSetting(
                name: "PublicIPs", propertyKeys: ["MapPublicIpOnLaunch"],
                title: LocalizedText("Set public IP mapping on %", fr: "Régler l'attribution d'IP publiques de %"),
                isNeededByDependents: true
            ) { input, record in
                // Subnets map no public IP by default, so only `true` takes a call.
                guard try await input.properties()["MapPublicIpOnLaunch"]?.boolValue == true else { return }
                try await input.context.services.ec2.modifySubnet(id: record.id, mapsPublicIPOnLaunch: true)
            }
        ]
    }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let subnet = try await input.context.services.ec2.createSubnet(
            vpcID: try properties.requiredText("VpcId", of: input.logicalID),
            cidrBlock: try properties.requiredText("CidrBlock", of: input.logicalID),
            availabilityZone: properties.text("AvailabilityZone"), tags: input.tags(properties))
        return ResourceRecord(type: resourceType, id: subnet.id, attributes: ["AvailabilityZone": subnet.availabilityZone])
    }

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let context = input.context
        return try await context.services.ec2.describeSubnets(filters: context.tagFilters)
            .first { context.isOwned($0.tags) }
            .map { ResourceRecord(type: resourceType, id: $0.id, attributes: ["AvailabilityZone": $0.availabilityZone]) }
    }

    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        try await AbsentResource.ignoring { try await context.services.ec2.deleteSubnet(id: record.id) }
    }
}
