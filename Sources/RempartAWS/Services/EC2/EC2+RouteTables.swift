import Foundation

extension EC2 {
    /// A route table with its routes and subnet associations.
    public struct RouteTable: Sendable, Equatable {
        /// One route.
        public struct Route: Sendable, Equatable {
            /// The `destinationCidrBlock` element of the response, empty for an IPv6 or prefix-list route.
            public var destinationCIDRBlock: String
            /// The `destinationIpv6CidrBlock` element of the response.
            public var destinationIPv6CIDRBlock: String?
            /// The `destinationPrefixListId` element of the response, for a route to a gateway endpoint.
            public var destinationPrefixListID: String?
            /// The `gatewayId` element of the response: an internet gateway, a virtual private
            /// gateway, a gateway endpoint, or `local` for the VPC's own range.
            public var gatewayID: String?
            /// The `natGatewayId` element of the response.
            public var natGatewayID: String?
            /// The `instanceId` element of the response.
            public var instanceID: String?
            /// The `networkInterfaceId` element of the response.
            public var networkInterfaceID: String?
            /// The `transitGatewayId` element of the response.
            public var transitGatewayID: String?
            /// The `vpcPeeringConnectionId` element of the response.
            public var vpcPeeringConnectionID: String?
            /// The `egressOnlyInternetGatewayId` element of the response.
            public var egressOnlyInternetGatewayID: String?
            /// The `state` element of the response: `active`, or `blackhole` when the target is gone.
            public var state: String
            /// The `origin` element of the response: `CreateRouteTable` for the local route,
            /// `CreateRoute`, or `EnableVgwRoutePropagation`.
            public var origin: String?

            init(_ node: XMLNode) {
                // EC2 may return an empty element for an absent target, which means no target.
                func text(_ name: String) -> String? { node.string(name).flatMap { $0.isEmpty ? nil : $0 } }
                destinationCIDRBlock = node.string("destinationCidrBlock") ?? ""
                destinationIPv6CIDRBlock = text("destinationIpv6CidrBlock")
                destinationPrefixListID = text("destinationPrefixListId")
                gatewayID = text("gatewayId")
                natGatewayID = text("natGatewayId")
                instanceID = text("instanceId")
                networkInterfaceID = text("networkInterfaceId")
                transitGatewayID = text("transitGatewayId")
                vpcPeeringConnectionID = text("vpcPeeringConnectionId")
                egressOnlyInternetGatewayID = text("egressOnlyInternetGatewayId")
                state = node.string("state") ?? ""
                origin = text("origin")
            }
        }

        /// One association with a subnet (or the main association of the VPC).
        public struct Association: Sendable, Equatable {
            /// The `routeTableAssociationId` element of the response.
            public var id: String
            /// The `subnetId` element of the response.
            public var subnetID: String?
            /// The `main` element of the response.
            public var isMain: Bool
            /// The `associationState/state` element of the response, such as `associated` or
            /// `disassociated`, when EC2 returns it.
            public var state: String?
        }

        /// The `routeTableId` element of the response.
        public var id: String
        /// The `vpcId` element of the response.
        public var vpcID: String
        /// The `routeSet` element of the response.
        public var routes: [Route]
        /// The `associationSet` element of the response.
        public var associations: [Association]
        /// The tags, by key.
        public var tags: [String: String]

        init(_ node: XMLNode) {
            id = node.string("routeTableId") ?? ""
            vpcID = node.string("vpcId") ?? ""
            routes = node.list("routeSet").map(Route.init)
            associations = node.list("associationSet").map {
                Association(
                    id: $0.string("routeTableAssociationId") ?? "", subnetID: $0.string("subnetId"),
                    isMain: $0.bool("main") ?? false, state: $0.string("associationState/state"))
            }
            tags = node.tags
        }
    }

    /// Creates a route table in a VPC (`CreateRouteTable`).
    public func createRouteTable(vpcID: String, tags: [String: String] = [:]) async throws -> RouteTable {
        let root = try await call(
            "CreateRouteTable", [("VpcId", .string(vpcID))] + tagSpecification("route-table", tags))
        return RouteTable(root.child("routeTable") ?? root)
    }

    /// Adds a route through an internet gateway or a NAT gateway (`CreateRoute`).
    public func createRoute(
        routeTableID: String, destinationCIDRBlock: String, gatewayID: String? = nil, natGatewayID: String? = nil
    ) async throws {
        var parameters: [(String, QueryValue)] = [
            ("RouteTableId", .string(routeTableID)), ("DestinationCidrBlock", .string(destinationCIDRBlock)),
        ]
        if let gatewayID { parameters.append(("GatewayId", .string(gatewayID))) }
        if let natGatewayID { parameters.append(("NatGatewayId", .string(natGatewayID))) }
        _ = try await call("CreateRoute", parameters)
    }

    /// Removes a route (`DeleteRoute`).
    public func deleteRoute(routeTableID: String, destinationCIDRBlock: String) async throws {
        _ = try await call(
            "DeleteRoute",
            [("RouteTableId", .string(routeTableID)), ("DestinationCidrBlock", .string(destinationCIDRBlock))])
    }

    /// Associates a route table with a subnet and returns the association ID (`AssociateRouteTable`).
    public func associateRouteTable(id: String, subnetID: String) async throws -> String {
        let root = try await call(
            "AssociateRouteTable", [("RouteTableId", .string(id)), ("SubnetId", .string(subnetID))])
        return root.string("associationId") ?? ""
    }

    /// Removes a subnet association (`DisassociateRouteTable`).
    public func disassociateRouteTable(associationID: String) async throws {
        _ = try await call("DisassociateRouteTable", [("AssociationId", .string(associationID))])
    }

    /// Lists route tables (`DescribeRouteTables`).
    public func describeRouteTables(ids: [String] = [], filters: [Filter] = []) async throws -> [RouteTable] {
        try await describe(
            "DescribeRouteTables", describeParameters(ids: ids, idName: "RouteTableId", filters: filters),
            list: "routeTableSet"
        ).map(RouteTable.init)
    }

    /// Deletes a route table (`DeleteRouteTable`).
    public func deleteRouteTable(id: String) async throws {
        _ = try await call("DeleteRouteTable", [("RouteTableId", .string(id))])
    }
}
