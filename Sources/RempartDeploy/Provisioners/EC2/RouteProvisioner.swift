import RempartAWS
import RempartSupport

/// `AWS::EC2::Route`: `CreateRoute` to an internet gateway or a NAT gateway; deleted with its table.
struct RouteProvisioner: Provisioner {
    var resourceType: String { "AWS::EC2::Route" }
    var noun: ResourceNoun { ResourceNoun("route", fr: FrenchNoun("route", .feminine)) }
    var completesReferences: Bool { true }
    var deletes: Bool { false }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let table = try properties.requiredText("RouteTableId", of: input.logicalID)
        let destination = try properties.requiredText("DestinationCidrBlock", of: input.logicalID)
        let gateway = properties.text("GatewayId")
        let natGateway = properties.text("NatGatewayId")
        guard gateway != nil || natGateway != nil else {
            throw DeployError.unresolvedProperty(
                logicalID: input.logicalID, property: "GatewayId",
                reason: "the route needs a GatewayId or a NatGatewayId")
        }
        try await input.context.services.ec2.createRoute(
            routeTableID: table, destinationCIDRBlock: destination, gatewayID: gateway, natGatewayID: natGateway)
        return ResourceRecord(type: resourceType, id: "\(table)|\(destination)")
    }

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let properties = try await input.properties()
        let table = try properties.requiredText("RouteTableId", of: input.logicalID)
        let destination = try properties.requiredText("DestinationCidrBlock", of: input.logicalID)
        let tables = try await input.context.services.ec2.describeRouteTables(
            filters: [EC2.Filter("route-table-id", [table])])
        guard tables.first?.routes.contains(where: { $0.destinationCIDRBlock == destination }) == true else { return nil }
        return ResourceRecord(type: resourceType, id: "\(table)|\(destination)")
    }
}
