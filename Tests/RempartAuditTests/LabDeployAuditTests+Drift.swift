import Foundation
import RempartAWS
import RempartAudit
import RempartDeploy
import RempartInfra
import RempartModel
import RempartTemplate
import Testing

/// Drift of the lab's network as `rempart deploy` builds it: gateways, Elastic IPs, route
/// tables, routes and associations. Part of `LabDeployAuditTests`, whose tests run one at a
/// time because each resets the emulator.
extension LabDeployAuditTests {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    private func networkDrift() async throws -> [ResourceDrift] {
        let live = await LiveAuditor(client: try client()).collect(readsStacks: true)
        let declared = TemplateInventory.read(
            ["drift-network.yaml"], workingDirectory: Self.fixtures, options: ResolutionOptions(region: "us-east-1"))
        #expect(declared.diagnostics.isEmpty)
        return DriftDetector(template: declared, live: live, stackResources: live.stackResources).drift()
    }

    @Test func routingChangesShowAsDrift() async throws {
        let ids = try await deploy(.baseline)
        func id(_ step: String) throws -> String { try #require(ids[step]) }
        #expect(try await networkDrift() == [])

        // NAT gateway 2 is deleted, private route 1 is deleted, private route 2 goes to the internet
        // gateway instead, private subnet 2 leaves its table, and a route is added by hand. The
        // template's target of private route 2 is NAT gateway 2, which now matches nothing, so that
        // route's target is not compared.
        let ec2 = EC2(client: try client())
        try await ec2.deleteNATGateway(id: try id("NatGateway2"))
        try await ec2.deleteRoute(routeTableID: try id("PrivateRouteTable1"), destinationCIDRBlock: "0.0.0.0/0")
        try await ec2.deleteRoute(routeTableID: try id("PrivateRouteTable2"), destinationCIDRBlock: "0.0.0.0/0")
        try await ec2.createRoute(
            routeTableID: try id("PrivateRouteTable2"), destinationCIDRBlock: "0.0.0.0/0",
            gatewayID: try id("InternetGateway"))
        try await ec2.disassociateRouteTable(associationID: try id("PrivateSubnet2RouteTableAssociation"))
        try await ec2.createRoute(
            routeTableID: try id("PublicRouteTable"), destinationCIDRBlock: "10.8.0.0/16",
            gatewayID: try id("InternetGateway"))

        let file = "drift-network.yaml"
        let privateTable2 = try id("PrivateRouteTable2")
        #expect(
            try await networkDrift() == [
                ResourceDrift(kind: .missing, type: "AWS::EC2::NatGateway", logicalID: "NatGateway2", file: file),
                ResourceDrift(kind: .missing, type: "AWS::EC2::Route", logicalID: "DefaultPrivateRoute1", file: file),
                ResourceDrift(
                    kind: .modified, type: "AWS::EC2::RouteTable", logicalID: "PrivateRouteTable2", file: file,
                    resourceID: privateTable2, property: "SubnetRouteTableAssociation.SubnetId",
                    expected: try id("PrivateSubnet2"), actual: "(absent)"),
                ResourceDrift(
                    kind: .unmanaged, type: "AWS::EC2::Route",
                    resourceID: "\(try id("PublicRouteTable"))|10.8.0.0/16"),
            ])
    }

    @Test func changedRouteTargetShowsAsModified() async throws {
        let ids = try await deploy(.baseline)
        func id(_ step: String) throws -> String { try #require(ids[step]) }

        // Private route 1 goes to NAT gateway 2, which the template gives to table 2 only.
        let ec2 = EC2(client: try client())
        let table = try id("PrivateRouteTable1")
        try await ec2.deleteRoute(routeTableID: table, destinationCIDRBlock: "0.0.0.0/0")
        try await ec2.createRoute(
            routeTableID: table, destinationCIDRBlock: "0.0.0.0/0", natGatewayID: try id("NatGateway2"))
        // And private route 2 goes to the internet gateway.
        try await ec2.deleteRoute(routeTableID: try id("PrivateRouteTable2"), destinationCIDRBlock: "0.0.0.0/0")
        try await ec2.createRoute(
            routeTableID: try id("PrivateRouteTable2"), destinationCIDRBlock: "0.0.0.0/0",
            gatewayID: try id("InternetGateway"))

        let file = "drift-network.yaml"
        #expect(
            try await networkDrift() == [
                ResourceDrift(
                    kind: .modified, type: "AWS::EC2::Route", logicalID: "DefaultPrivateRoute1", file: file,
                    resourceID: "\(table)|0.0.0.0/0", property: "NatGatewayId", expected: try id("NatGateway1"),
                    actual: try id("NatGateway2")),
                ResourceDrift(
                    kind: .modified, type: "AWS::EC2::Route", logicalID: "DefaultPrivateRoute2", file: file,
                    resourceID: "\(try id("PrivateRouteTable2"))|0.0.0.0/0", property: "NatGatewayId",
                    expected: try id("NatGateway2"), actual: "GatewayId \(try id("InternetGateway"))"),
            ])
    }
}

extension LabDeployAuditTests {
    /// The drift between a fresh API deployment and the templates its scan gate wrote, which
    /// describe what the deployment built, read with the deployment's `EnvironmentName`.
    private func deploymentDrift(_ profile: LabProfile) async throws -> [ResourceDrift] {
        _ = try await deploy(profile)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("rempart-drift-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try ScanGate(threshold: nil).scan(name: "lab", profile: profile)
        try outcome.writeTemplates(to: directory)
        let declared = TemplateInventory.read(
            outcome.templates.map(\.file), workingDirectory: directory.path,
            options: ResolutionOptions(parameters: ["EnvironmentName": "rempart-lab"], region: "us-east-1"))
        let live = await LiveAuditor(client: try client()).collect(readsStacks: true)
        return DriftDetector(template: declared, live: live, stackResources: live.stackResources).drift()
    }

    @Test func untouchedHardenedDeploymentHasNoDrift() async throws {
        let drift = try await deploymentDrift(.hardened)
        #expect(
            drift == [],
            "\(drift.map { "\($0.kind) \($0.type) \($0.logicalID ?? $0.resourceID ?? "") \($0.property ?? "")" })")
    }

    @Test func untouchedBaselineDeploymentHasNoDrift() async throws {
        let drift = try await deploymentDrift(.baseline)
        #expect(
            drift == [],
            "\(drift.map { "\($0.kind) \($0.type) \($0.logicalID ?? $0.resourceID ?? "") \($0.property ?? "")" })")
    }
}
