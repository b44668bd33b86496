import RempartAWS
import RempartSupport

/// `AWS::EC2::RouteTable`: `CreateRouteTable` with its tags. Deleting the table first removes its subnet
/// associations and routes, which have no deletion of their own.
struct RouteTableProvisioner: Provisioner {
    var resourceType: String { "AWS::EC2::RouteTable" }
    var noun: ResourceNoun { ResourceNoun("route table", fr: FrenchNoun("table de routage", .feminine)) }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let table = try await input.context.services.ec2.createRouteTable(
            vpcID: try properties.requiredText("VpcId", of: input.logicalID), tags: input.tags(properties))
        return ResourceRecord(type: resourceType, id: table.id)
    }

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let context = input.context
        return try await context.services.ec2.describeRouteTables(filters: context.tagFilters)
            .first { context.isOwned($0.tags) }
            .map { ResourceRecord(type: resourceType, id: $0.id) }
    }

    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        let ec2 = context.services.ec2
        let tables = try await ec2.describeRouteTables(filters: [EC2.Filter("route-table-id", [record.id])])
        for association in tables.first?.associations ?? [] where !association.isMain {
            try await AbsentResource.ignoring { try await ec2.disassociateRouteTable(associationID: association.id) }
        }
        return try await AbsentResource.ignoring { try await ec2.deleteRouteTable(id: record.id) }
    }
}
