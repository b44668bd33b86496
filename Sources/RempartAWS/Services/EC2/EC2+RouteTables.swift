import Foundation

extension EC2 {
    /// A route table with its routes and subnet associations.
    public struct RouteTable: Sendable, Equatable {
        /// One route.
        public struct Route: Sendable, Equatable {
            /// The `destinationCidrBlock` element of the response.
            public var destinationCIDRBlock: String
            /// The `gatewayId` element of the response.
            public var gatewayID: String?
            /// The `natGatewayId` element of the response.
            public var natGatewayID: String?
            /// The `state` element of the response.
            public var state: String
        }

        /// One association with a subnet (or the main association of the VPC).
        public struct Association: Sendable, Equatable {
            /// The `routeTableId` element of the response.
            public var id: String
            /// The `subnetId` element of the response.
            public var subnetID: String?
            /// The `main` element of the response.
            public var isMain: Bool
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
            routes = node.list("routeSet").map {
                Route(
                    destinationCIDRBlock: $0.string("destinationCidrBlock") ?? "", gatewayID: $0.string("gatewayId"),
                    natGatewayID: $0.string("natGatewayId"), state: $0.string("state") ?? "")
            }
            associations = node.list("associationSet").map {
                Association(
                    id: $0.string("routeTableAssociationId") ?? "", subnetID: $0.string("subnetId"),
                    isMain: $0.bool("main") ?? false)
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
