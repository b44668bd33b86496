import RempartAWS
import RempartSupport

/// `AWS::EC2::SubnetRouteTableAssociation`: `AssociateRouteTable`; removed with its table.
struct SubnetRouteTableAssociationProvisioner: Provisioner {
    var resourceType: String { "AWS::EC2::SubnetRouteTableAssociation" }
    var noun: ResourceNoun {
        ResourceNoun("route table association", fr: FrenchNoun("association de table de routage", .feminine))
    }
    var completesReferences: Bool { true }
    var deletes: Bool { false }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let association = try await input.context.services.ec2.associateRouteTable(
            id: try properties.requiredText("RouteTableId", of: input.logicalID),
            subnetID: try properties.requiredText("SubnetId", of: input.logicalID))
        return ResourceRecord(type: resourceType, id: association)
    }

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let properties = try await input.properties()
        let table = try properties.requiredText("RouteTableId", of: input.logicalID)
        let subnet = try properties.requiredText("SubnetId", of: input.logicalID)
        let tables = try await input.context.services.ec2.describeRouteTables(
            filters: [EC2.Filter("route-table-id", [table])])
        return tables.first?.associations.first { $0.subnetID == subnet }
            .map { ResourceRecord(type: resourceType, id: $0.id) }
    }
}
