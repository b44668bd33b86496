import Foundation
import RempartAWS

/// The route tables: public subnets through the internet gateway, each private subnet through its zone's NAT gateway.
extension LabDeploymentPlan {
    var routeSteps: [DeploymentStep] {
        var steps = [routeTableStep(id: "public-route-table", title: "Create public route table")]
        steps.append(
            routeStep(
                id: "public-route", title: "Route public subnets to the internet gateway", table: "public-route-table",
                target: "internet-gateway-attachment", throughNAT: false))
        for index in 1...2 {
            steps.append(associationStep(table: "public-route-table", subnet: "public-subnet-\(index)"))
        }
        for index in 1...2 {
            let table = "private-route-table-\(index)"
            steps.append(routeTableStep(id: table, title: "Create private route table \(index)"))
            steps.append(
                routeStep(
                    id: "private-route-\(index)", title: "Route private subnet \(index) to NAT gateway \(index)",
                    table: table, target: "nat-gateway-\(index)", throughNAT: true))
            steps.append(associationStep(table: table, subnet: "private-subnet-\(index)"))
        }
        return steps
    }

    /// Returns the step of a route table. Deleting the table first removes its subnet associations, which have no
    /// step of their own to delete.
    private func routeTableStep(id: String, title: String) -> DeploymentStep {
        DeploymentStep(
            id: id, title: title, resourceType: "AWS::EC2::RouteTable", dependencies: ["vpc"],
            create: { context in
                let table = try await context.services.ec2.createRouteTable(
                    vpcID: try await context.id("vpc"), tags: context.tags(name: "\(context.namePrefix)-\(id)"))
                return ResourceRecord(type: "AWS::EC2::RouteTable", id: table.id)
            },
            find: { context in
                try await context.services.ec2.describeRouteTables(filters: context.tagFilters)
                    .first(where: { context.isOwned($0.tags) }).map {
                        ResourceRecord(type: "AWS::EC2::RouteTable", id: $0.id)
                    }
            },
            delete: { context, record in
                let ec2 = context.services.ec2
                let tables = try await ec2.describeRouteTables(filters: [EC2.Filter("route-table-id", [record.id])])
                for association in tables.first?.associations ?? [] where !association.isMain {
                    try await AbsentResource.ignoring {
                        try await ec2.disassociateRouteTable(associationID: association.id)
                    }
                }
                try await AbsentResource.ignoring { try await ec2.deleteRouteTable(id: record.id) }
            })
    }

    /// Returns the step of a default route, which is deleted with its table.
    private func routeStep(id: String, title: String, table: String, target: String, throughNAT: Bool) -> DeploymentStep
    {
        DeploymentStep(
            id: id, title: title, resourceType: "AWS::EC2::Route", dependencies: [table, target],
            create: { context in
                let tableID = try await context.id(table)
                let targetID = try await context.id(target)
                try await context.services.ec2.createRoute(
                    routeTableID: tableID, destinationCIDRBlock: "0.0.0.0/0", gatewayID: throughNAT ? nil : targetID,
                    natGatewayID: throughNAT ? targetID : nil)
                return ResourceRecord(type: "AWS::EC2::Route", id: "\(tableID)|0.0.0.0/0")
            },
            find: { context in
                guard let tableID = await context.store.record(table)?.id else { return nil }
                let tables = try await context.services.ec2.describeRouteTables(filters: [
                    EC2.Filter("route-table-id", [tableID])
                ])
                let routes = tables.first?.routes ?? []
                guard routes.contains(where: { $0.destinationCIDRBlock == "0.0.0.0/0" }) else { return nil }
                return ResourceRecord(type: "AWS::EC2::Route", id: "\(tableID)|0.0.0.0/0")
            })
    }

    /// Returns the step of a subnet association, which is removed with its table.
    private func associationStep(table: String, subnet: String) -> DeploymentStep {
        DeploymentStep(
            id: "\(subnet)-association", title: "Associate \(subnet) with \(table)",
            resourceType: "AWS::EC2::SubnetRouteTableAssociation", dependencies: [table, subnet],
            create: { context in
                let association = try await context.services.ec2.associateRouteTable(
                    id: try await context.id(table), subnetID: try await context.id(subnet))
                return ResourceRecord(type: "AWS::EC2::SubnetRouteTableAssociation", id: association)
            },
            find: { context in
                guard let tableID = await context.store.record(table)?.id,
                    let subnetID = await context.store.record(subnet)?.id
                else { return nil }
                let tables = try await context.services.ec2.describeRouteTables(filters: [
                    EC2.Filter("route-table-id", [tableID])
                ])
                return tables.first?.associations.first { $0.subnetID == subnetID }.map {
                    ResourceRecord(type: "AWS::EC2::SubnetRouteTableAssociation", id: $0.id)
                }
            })
    }
}
