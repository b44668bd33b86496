import RempartAWS
import RempartSupport

/// `AWS::EC2::InternetGateway`: `CreateInternetGateway` with its tags.
struct InternetGatewayProvisioner: Provisioner {
    var resourceType: String { "AWS::EC2::InternetGateway" }
    var noun: ResourceNoun { ResourceNoun("internet gateway", fr: FrenchNoun("passerelle Internet", .feminine)) }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let gateway = try await input.context.services.ec2.createInternetGateway(tags: input.tags(properties))
        return ResourceRecord(type: resourceType, id: gateway.id)
    }

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let context = input.context
        return try await context.services.ec2.describeInternetGateways(filters: context.tagFilters)
            .first { context.isOwned($0.tags) }
            .map { ResourceRecord(type: resourceType, id: $0.id) }
    }

    /// Detaches the gateway from any VPC still attached (a lost state leaves no attachment record), then deletes it.
    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        let ec2 = context.services.ec2
        let gateways = try await ec2.describeInternetGateways(filters: [EC2.Filter("internet-gateway-id", [record.id])])
        for vpcID in gateways.first?.attachedVPCIDs ?? [] {
            try await AbsentResource.ignoring { try await ec2.detachInternetGateway(id: record.id, vpcID: vpcID) }
        }
        return try await AbsentResource.ignoring { try await ec2.deleteInternetGateway(id: record.id) }
    }
}
