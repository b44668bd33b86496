import RempartAWS
import RempartSupport

/// `AWS::EC2::NatGateway`: `CreateNatGateway`, then `DescribeNatGateways` until it is available, because routes
/// can only target an available gateway (1 to 3 minutes on AWS).
struct NATGatewayProvisioner: Provisioner {
    var resourceType: String { "AWS::EC2::NatGateway" }
    var noun: ResourceNoun { ResourceNoun("NAT gateway", fr: FrenchNoun("passerelle NAT", .feminine)) }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let context = input.context
        let ec2 = context.services.ec2
        let gateway = try await ec2.createNATGateway(
            subnetID: try properties.requiredText("SubnetId", of: input.logicalID),
            allocationID: try properties.requiredText("AllocationId", of: input.logicalID),
            tags: input.tags(properties))
        try await context.wait(for: gateway.id, toBe: "available") {
            let state = try await ec2.describeNATGateways(filters: [EC2.Filter("nat-gateway-id", [gateway.id])])
                .first?.state
            if state == "failed" {
                throw DeployError.stepAborted(
                    step: context.stepID, title: "Create NAT gateway \(input.logicalID)", reason: "the NAT gateway failed")
            }
            return state == "available"
        }
        return ResourceRecord(type: resourceType, id: gateway.id)
    }

    /// Finds the gateway by its tags, checked again here because moto 5.2.5 ignores tag filters in this call.
    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let context = input.context
        let filters = context.tagFilters + [EC2.Filter("state", ["pending", "available"])]
        return try await context.services.ec2.describeNATGateways(filters: filters)
            .first { context.isOwned($0.tags) && ($0.state == "pending" || $0.state == "available") }
            .map { ResourceRecord(type: resourceType, id: $0.id) }
    }

    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        let ec2 = context.services.ec2
        let existed = try await AbsentResource.ignoring { try await ec2.deleteNATGateway(id: record.id) }
        try await context.wait(for: record.id, toBe: "deleted") {
            let state = try await ec2.describeNATGateways(filters: [EC2.Filter("nat-gateway-id", [record.id])])
                .first?.state
            return state == nil || state == "deleted"
        }
        return existed
    }
}
