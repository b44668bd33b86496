import Foundation
import RempartAWS
import RempartAudit
import RempartModel
import RempartReport
import RempartScanner
import Testing

/// The lab's internet gateway, NAT gateways and route tables as the audit reads them, and the
/// public and private subnets the diagram draws from them. Part of `LabDeployAuditTests`, whose
/// tests run one at a time because each resets the emulator.
extension LabDeployAuditTests {
    /// Returns the step ID of each deployed resource ID, the first step by name when several
    /// steps record the same ID (the internet gateway and its attachment).
    static func steps(_ ids: [String: String]) -> [String: String] {
        var steps: [String: String] = [:]
        for (step, id) in ids { steps[id] = steps[id].map { min($0, step) } ?? step }
        return steps
    }

    /// Returns `identifier`'s step ID, else its text.
    private static func step(_ identifier: Resolved<Identifier>?, _ steps: [String: String]) -> String {
        let text = identifier?.value?.description ?? "?"
        return steps[text] ?? text
    }

    /// Returns each subnet of the lab's VPC as `STEP KIND TARGETS`, sorted, with the gateways its
    /// default routes go to named by step.
    static func subnetRows(_ graph: ArchitectureGraph, vpcID: String, steps: [String: String]) throws -> [String] {
        let vpc = try #require(graph.vpcs.first { $0.node.label == vpcID })
        let gateways = vpc.internetGateways + vpc.natGateways + vpc.zones.flatMap(\.subnets).flatMap(\.natGateways)
        let labels = Dictionary(gateways.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        return vpc.zones.flatMap(\.subnets).map { subnet in
            let targets = subnet.routeTargets.map { id in labels[id].map { steps[$0] ?? $0 } ?? id }
            let kind = subnet.isPublic ? "public" : "private"
            return "\(steps[subnet.node.label] ?? subnet.node.label) \(kind) \(targets.joined(separator: ","))"
        }.sorted()
    }

    @Test func baselineAuditReadsGatewaysAndRoutes() async throws {
        let audited = try await deployAndAudit(.baseline)
        let steps = Self.steps(audited.ids)
        let state = audited.inventory.state
        let vpcID = try #require(audited.ids["VPC"])
        let inLabVPC = { (identifier: Resolved<Identifier>?) in identifier?.value?.literal == vpcID }

        // The internet gateway, attached to the lab's VPC only.
        let gateways = state.all(InternetGateway.self).filter { $0.attachedVPCs.contains(where: inLabVPC) }
        #expect(gateways.map(\.address.name) == [try #require(audited.ids["InternetGateway"])])
        #expect(gateways.map(\.attachedVPCs.count) == [1])

        // One NAT gateway per public subnet, each with its own Elastic IP.
        let natRows = state.all(NATGateway.self).map { nat in
            [
                steps[nat.address.name] ?? nat.address.name, Self.step(nat.subnet, steps), Self.step(nat.allocation, steps),
                nat.state?.value ?? "?", nat.connectivityType.value ?? "?",
            ].joined(separator: " ")
        }.sorted()
        #expect(
            natRows == [
                "NatGateway1 PublicSubnet1 NatGateway1EIP available public",
                "NatGateway2 PublicSubnet2 NatGateway2EIP available public",
            ])
        let addresses = state.all(ElasticIP.self).map { "\(steps[$0.address.name] ?? $0.address.name) \($0.domain?.value ?? "?")" }
        #expect(addresses.sorted() == ["NatGateway1EIP vpc", "NatGateway2EIP vpc"])

        // The VPC's main table routes only the VPC's own range, and the lab's tables carry its routes.
        let tables = state.all(RouteTable.self).filter { inLabVPC($0.vpc) }
        let tableRows = tables.map { table in
            let routes = table.routes.map { route in
                "\(route.destination?.value ?? "?") \(route.targetKind ?? "?") \(Self.step(route.target, steps)) "
                    + (route.state?.value ?? "?")
            }
            let subnets = table.subnets.map { Self.step($0, steps) }.sorted()
            let name = table.isMain ? "main" : steps[table.address.name] ?? table.address.name
            return "\(name) [\(subnets.joined(separator: ","))] [\(routes.joined(separator: ";"))]"
        }.sorted()
        #expect(
            tableRows == [
                "PrivateRouteTable1 [PrivateSubnet1] [0.0.0.0/0 NatGatewayId NatGateway1 active]",
                "PrivateRouteTable2 [PrivateSubnet2] [0.0.0.0/0 NatGatewayId NatGateway2 active]",
                "PublicRouteTable [PublicSubnet1,PublicSubnet2] [0.0.0.0/0 GatewayId InternetGateway active]",
                "main [] []",
            ])
        // A live route is named TABLE|DESTINATION, as the deployment records it.
        let publicTable = try #require(tables.first { steps[$0.address.name] == "PublicRouteTable" })
        #expect(publicTable.routes.map(\.address.name) == [try #require(audited.ids["DefaultPublicRoute"])])
        #expect(publicTable.routes.map(\.address.type) == ["AWS::EC2::Route"])

        // The diagram: public subnets route to the internet gateway, private ones to their zone's NAT gateway.
        let graph = try #require(MitigationReport(scan: audited.resultWithState).diagram)
        #expect(
            try Self.subnetRows(graph, vpcID: vpcID, steps: steps) == [
                "PrivateSubnet1 private NatGateway1", "PrivateSubnet2 private NatGateway2",
                "PublicSubnet1 public InternetGateway", "PublicSubnet2 public InternetGateway",
            ])
        let vpc = try #require(graph.vpcs.first { $0.node.label == vpcID })
        #expect(vpc.internetGateways.map { steps[$0.label] } == ["InternetGateway"])
        // Each NAT gateway is drawn inside the public subnet it sits in, not on the VPC's edge.
        #expect(vpc.natGateways.isEmpty)
        let natPlaces = vpc.zones.flatMap(\.subnets).flatMap { subnet in
            subnet.natGateways.map { "\(steps[$0.label] ?? "?") in \(steps[subnet.node.label] ?? "?")" }
        }
        #expect(natPlaces.sorted() == ["NatGateway1 in PublicSubnet1", "NatGateway2 in PublicSubnet2"])
    }

    @Test func hardenedPublicSubnetsRouteToInternet() async throws {
        // The hardened public subnets map no public IPs, so their route table alone makes them public.
        let audited = try await deployAndAudit(.hardened)
        let steps = Self.steps(audited.ids)
        let vpcID = try #require(audited.ids["VPC"])
        let maps = audited.inventory.state.all(Subnet.self).filter { $0.vpc?.value?.literal == vpcID }
            .map { "\(steps[$0.address.name] ?? "?") \($0.mapsPublicIPOnLaunch.value ?? true)" }
        #expect(
            maps.sorted() == [
                "PrivateSubnet1 false", "PrivateSubnet2 false", "PublicSubnet1 false", "PublicSubnet2 false",
            ])
        let graph = try #require(MitigationReport(scan: audited.resultWithState).diagram)
        #expect(
            try Self.subnetRows(graph, vpcID: vpcID, steps: steps) == [
                "PrivateSubnet1 private NatGateway1", "PrivateSubnet2 private NatGateway2",
                "PublicSubnet1 public InternetGateway", "PublicSubnet2 public InternetGateway",
            ])
    }

    @Test func deniedRouteTableReadBecomesGap() async throws {
        let ids = try await deploy(.baseline)
        let steps = Self.steps(ids)
        let vpcID = try #require(ids["VPC"])
        let proxy = try DenyingProxy(
            upstream: try #require(labAuditEndpoint), denying: ["Action=DescribeRouteTables"])
        let denied = await LiveAuditor(client: try client(endpoint: proxy.endpoint)).collect()
        await proxy.stop()
        let full = await LiveAuditor(client: try client()).collect()

        #expect(
            denied.state.gaps == [
                AWSState.Gap(
                    service: "ec2", operation: "DescribeRouteTables",
                    reason: "UnauthorizedOperation (HTTP 403): You are not authorized to perform this operation.")
            ])
        #expect(
            denied.state.gaps.map(\.localizedReason.french) == [
                "UnauthorizedOperation (HTTP 403) : « You are not authorized to perform this operation. »"
            ])
        #expect(denied.state.all(RouteTable.self).isEmpty)
        #expect(denied.state.all(NATGateway.self).count == full.state.all(NATGateway.self).count)
        #expect(denied.state.all(InternetGateway.self).count == full.state.all(InternetGateway.self).count)

        // No rule reads route tables, so the verdicts are those of the full read.
        let deniedResult = LiveEvaluation.evaluate(denied, options: ScanOptions())
        let fullResult = LiveEvaluation.evaluate(full, options: ScanOptions())
        let rows = { (result: ScanResult) in
            result.activeFindings.map { "\($0.rule.id) \($0.resource.name)" }.sorted()
        }
        #expect(rows(deniedResult) == rows(fullResult))
        #expect(deniedResult.undecidedCount == fullResult.undecidedCount)
        #expect(deniedResult.gaps == denied.state.gaps)

        // Without routes, the diagram falls back to MapPublicIpOnLaunch and draws no arrow.
        var result = deniedResult
        result.state = denied.state
        let graph = try #require(MitigationReport(scan: result).diagram)
        #expect(
            try Self.subnetRows(graph, vpcID: vpcID, steps: steps) == [
                "PrivateSubnet1 private ", "PrivateSubnet2 private ", "PublicSubnet1 public ",
                "PublicSubnet2 public ",
            ])
    }
}

extension LabDeployAuditTests.Audited {
    /// The audit's result with the account's state, as `report --audit` draws it.
    var resultWithState: ScanResult {
        var result = result
        result.state = inventory.state
        return result
    }
}
