import RempartAudit
import RempartModel
import RempartSupport
import Testing

/// Route drift on states built in memory, for the cases the emulator does not produce: moto
/// keeps a route `active` after its NAT gateway is deleted, where AWS marks it `blackhole`.
struct RouteDriftTests {
    private static let location = SourceLocation(file: "network.yaml", line: 4, column: 3)

    /// A template table `PrivateRouteTable1` with a default route to the literal `nat-1`.
    private func declared() -> TemplateInventory {
        let table = ResourceAddress.template(
            type: "AWS::EC2::RouteTable", logicalID: "PrivateRouteTable1", at: Self.location)
        let route = ResourceAddress.template(type: "AWS::EC2::Route", logicalID: "DefaultPrivateRoute1", at: Self.location)
        var state = AWSState()
        state.add(
            RouteTable(
                address: table, vpc: nil,
                routes: [
                    Route(
                        address: route, destination: .explicit("0.0.0.0/0", at: route.origin),
                        target: .explicit(.literal("nat-1"), at: route.origin), targetKind: "NatGatewayId")
                ],
                subnets: []))
        return TemplateInventory(state: state)
    }

    /// The live table `rtb-1`, tagged as the deployment of `PrivateRouteTable1`, with one route in `state`.
    private func live(routeState: String, target: String = "nat-1") -> LiveInventory {
        let table = ResourceAddress.live(type: "AWS::EC2::RouteTable", id: "rtb-1", region: "us-east-1")
        let route = ResourceAddress.live(type: "AWS::EC2::Route", id: "rtb-1|0.0.0.0/0", region: "us-east-1")
        var state = AWSState()
        state.add(
            RouteTable(
                address: table, vpc: .explicit(.literal("vpc-1"), at: table.origin),
                routes: [
                    Route(
                        address: route, destination: .explicit("0.0.0.0/0", at: table.origin),
                        target: .explicit(.literal(target), at: table.origin), targetKind: "NatGatewayId",
                        state: .explicit(routeState, at: table.origin))
                ],
                subnets: []))
        return LiveInventory(
            state: state, tags: ["rtb-1": ["rempart:resource": "PrivateRouteTable1"]], region: "us-east-1")
    }

    @Test func activeRouteHasNoDrift() {
        #expect(DriftDetector(template: declared(), live: live(routeState: "active")).drift() == [])
    }

    @Test func blackholeRouteIsModified() {
        #expect(
            DriftDetector(template: declared(), live: live(routeState: "blackhole")).drift() == [
                ResourceDrift(
                    kind: .modified, type: "AWS::EC2::Route", logicalID: "DefaultPrivateRoute1", file: "network.yaml",
                    resourceID: "rtb-1|0.0.0.0/0", property: "State", expected: "active", actual: "blackhole")
            ])
    }

    @Test func literalTargetIsCompared() {
        #expect(
            DriftDetector(template: declared(), live: live(routeState: "active", target: "nat-2")).drift() == [
                ResourceDrift(
                    kind: .modified, type: "AWS::EC2::Route", logicalID: "DefaultPrivateRoute1", file: "network.yaml",
                    resourceID: "rtb-1|0.0.0.0/0", property: "NatGatewayId", expected: "nat-1", actual: "nat-2")
            ])
    }
}
