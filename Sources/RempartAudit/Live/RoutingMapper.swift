import RempartAWS
import RempartModel

/// Turns described internet gateways, NAT gateways, Elastic IPs and route tables into the
/// model types that templates fill from `AWS::EC2::InternetGateway`, `NatGateway`, `EIP`,
/// `RouteTable`, `Route` and `SubnetRouteTableAssociation`.
enum RoutingMapper {
    /// The NAT gateway states of a gateway in service. EC2 keeps listing `deleting`, `deleted`
    /// and `failed` gateways for a while after they stop, but they route nothing.
    static let servingNATStates: Set<String> = ["pending", "available"]

    /// Returns the model of `gateway`, attached to the VPCs of its attachment set.
    static func internetGateway(_ reader: LiveReader, _ gateway: EC2.InternetGateway) -> InternetGateway {
        let address = reader.address("AWS::EC2::InternetGateway", gateway.id)
        return InternetGateway(
            address: address, attachedVPCs: gateway.attachedVPCIDs.map { .explicit(.literal($0), at: address.origin) })
    }

    /// Returns the model of `gateway` with its first Elastic IP allocation.
    static func natGateway(_ reader: LiveReader, _ gateway: EC2.NATGateway) -> NATGateway {
        let address = reader.address("AWS::EC2::NatGateway", gateway.id)
        let origin = address.origin
        let connectivity: Resolved<String> =
            gateway.connectivityType.map { .explicit($0, at: origin) } ?? .defaulted("public", at: origin)
        return NATGateway(
            address: address, subnet: .explicit(.literal(gateway.subnetID), at: origin),
            allocation: gateway.allocationIDs.first.map { .explicit(.literal($0), at: origin) },
            connectivityType: connectivity, state: .explicit(gateway.state, at: origin))
    }

    /// Returns the model of an Elastic IP, named by its allocation ID as a NAT gateway's `AllocationId` names it.
    static func elasticIP(_ reader: LiveReader, _ elasticIP: EC2.Address) -> ElasticIP {
        let address = reader.address("AWS::EC2::EIP", elasticIP.allocationID)
        let origin = address.origin
        return ElasticIP(
            address: address, domain: .explicit(elasticIP.domain, at: origin),
            instance: elasticIP.instanceID.map { .explicit(.literal($0), at: origin) })
    }

    /// Returns the model of `table`: its routes but the `local` one, the subnets of its current
    /// associations, and whether it is its VPC's main table.
    static func routeTable(_ reader: LiveReader, _ table: EC2.RouteTable) -> RouteTable {
        let address = reader.address("AWS::EC2::RouteTable", table.id)
        let origin = address.origin
        let associations = table.associations.filter { ($0.state ?? "associated") == "associated" }
        let routes = table.routes.compactMap { route -> Route? in
            guard route.gatewayID != "local" else { return nil }
            var destination = route.destinationCIDRBlock
            if let ipv6 = route.destinationIPv6CIDRBlock {
                destination = ipv6
            } else if destination.isEmpty, let prefixList = route.destinationPrefixListID {
                destination = prefixList
            }
            let routeAddress = reader.address("AWS::EC2::Route", "\(table.id)|\(destination)")
            let target = Self.target(of: route)
            return Route(
                address: routeAddress, destination: .explicit(destination, at: origin),
                target: target.map { .explicit(.literal($0.id), at: origin) }, targetKind: target?.kind,
                state: .explicit(route.state, at: origin))
        }
        return RouteTable(
            address: address, vpc: .explicit(.literal(table.vpcID), at: origin), routes: routes,
            subnets: associations.compactMap(\.subnetID).map { .explicit(.literal($0), at: origin) },
            isMain: associations.contains(where: \.isMain))
    }

    /// Returns the target of `route` with the template property that would name it, such as
    /// `NatGatewayId`, or nil for a route EC2 lists without one of these targets.
    private static func target(of route: EC2.RouteTable.Route) -> (kind: String, id: String)? {
        let candidates: [(String, String?)] = [
            ("GatewayId", route.gatewayID), ("NatGatewayId", route.natGatewayID), ("InstanceId", route.instanceID),
            ("TransitGatewayId", route.transitGatewayID), ("VpcPeeringConnectionId", route.vpcPeeringConnectionID),
            ("EgressOnlyInternetGatewayId", route.egressOnlyInternetGatewayID),
            ("NetworkInterfaceId", route.networkInterfaceID),
        ]
        for (kind, id) in candidates {
            if let id { return (kind, id) }
        }
        return nil
    }
}
