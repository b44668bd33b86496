import Foundation
import RempartAudit
import RempartModel
import RempartReport
import RempartRules
import RempartScanner
import RempartSupport
import Testing

/// Golden files of the audited lab's architecture diagram, in English and French. Part of
/// `LabDeployAuditTests`, whose tests run one at a time because each resets the emulator.
///
/// The emulator generates new resource IDs on every run, and label widths depend on their
/// characters, so the graph's generated IDs are renamed after the deployment steps that
/// created them before it is laid out. The emulator's default VPC and its security group are
/// left out of the graph, which keeps the lab's VPC and the resources outside it. The
/// default VPC stays in the account because removing it makes the emulator turn the first
/// subnet created in each zone into a default subnet that maps public IPs, and the deployment
/// creates its subnets in no fixed order. The rules are the ones the baseline trips, so a
/// rule added elsewhere does not change the badges. Re-record with `RECORD_SNAPSHOTS=1`.
extension LabDeployAuditTests {
    /// The rules whose findings the golden files count.
    static let diagramRuleIDs: Set<String> = [
        "AVD-AWS-0028", "AVD-AWS-0089", "AVD-AWS-0104", "AVD-AWS-0107", "AVD-AWS-0124", "AVD-AWS-0131",
        "AVD-AWS-0164", "AVD-AWS-0178", "RMP-AWS-0001", "RMP-AWS-0100", "RMP-AWS-0238", "RMP-AWS-0240",
        "RMP-AWS-0400",
    ]

    @Test func auditedDiagramMatchesGoldenFiles() async throws {
        let rules = AllRules.rules.filter { Self.diagramRuleIDs.contains($0.metadata.id) }
        let audited = try await deployAndAudit(.baseline, options: ScanOptions(rules: rules))
        let vpcID = try #require(audited.ids["VPC"])
        var names = Self.steps(audited.ids).filter { Self.isGeneratedID($0.key) }
        for group in audited.inventory.state.all(SecurityGroup.self)
        where group.groupName?.value == "default" && group.vpc?.value?.literal == vpcID {
            names[group.address.name] = "DefaultSecurityGroup"
        }
        var graph = try #require(MitigationReport(scan: audited.resultWithState).diagram)
        graph.vpcs = graph.vpcs.filter { $0.node.label == vpcID }
        graph.others = graph.others.filter { names[$0.label] != nil }
        graph = graph.renamed(names)

        #expect(graph.allNodes.map(\.label).filter(Self.isGeneratedID) == [])
        #expect(graph.vpcs.map(\.node.label) == ["VPC"])
        #expect(graph.vpcs.flatMap(\.internetGateways).map(\.label) == ["InternetGateway"])
        // Each NAT gateway sits in its public subnet, reached from the private subnet of its zone.
        #expect(graph.vpcs.flatMap(\.natGateways).isEmpty)
        let subnets = graph.vpcs.flatMap(\.zones).flatMap(\.subnets)
        #expect(subnets.flatMap(\.natGateways).map(\.label).sorted() == ["NatGateway1", "NatGateway2"])
        #expect(subnets.filter { !$0.natGateways.isEmpty }.map(\.isPublic) == [true, true])
        for language in Language.allCases {
            let svg = SVGDiagramRenderer(language: language).render(graph)
            try Snapshot.expectMatches(svg, named: "audit-lab-baseline-\(language.rawValue).svg")
        }
    }

    /// Returns whether `text` has the form of an ID that EC2 generates, such as `subnet-0a1b2c3d4e5f67890`.
    static func isGeneratedID(_ text: String) -> Bool {
        text.range(of: "^[a-z]+-[0-9a-f]{8,17}$", options: .regularExpression) != nil
    }
}

extension ArchitectureGraph {
    /// Returns the graph with the resources named in `names` renamed, in their labels, node IDs,
    /// details, route targets, NAT gateways and NAT gateway zones.
    fileprivate func renamed(_ names: [String: String]) -> ArchitectureGraph {
        // A node ID ends with the resource's name after the last U+001F separator.
        func id(_ key: String) -> String {
            var parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            if let last = parts.last, let name = names[last] { parts[parts.count - 1] = name }
            return parts.joined(separator: "\u{1F}")
        }
        func node(_ original: Node) -> Node {
            var node = original
            node.id = id(node.id)
            node.label = names[node.label] ?? node.label
            // A flow log's detail names the VPC it captures by its generated ID.
            node.detail = node.detail.map { detail in
                names.reduce(detail) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
            }
            return node
        }
        func subnet(_ original: Subnet) -> Subnet {
            var subnet = original
            subnet.node = node(subnet.node)
            subnet.routeTargets = subnet.routeTargets.map(id)
            subnet.natGateways = subnet.natGateways.map(node)
            subnet.instances = subnet.instances.map { Instance(node: node($0.node), securityGroups: $0.securityGroups.map(node)) }
            return subnet
        }

        var graph = self
        graph.vpcs = vpcs.map { original in
            var vpc = original
            vpc.node = node(vpc.node)
            vpc.internetGateways = vpc.internetGateways.map(node)
            vpc.natGateways = vpc.natGateways.map(node)
            vpc.natGatewayZones = Dictionary(uniqueKeysWithValues: vpc.natGatewayZones.map { (id($0.key), $0.value) })
            vpc.flowLogs = vpc.flowLogs.map(node)
            vpc.zones = vpc.zones.map { Zone(name: $0.name, subnets: $0.subnets.map(subnet)) }
            return vpc
        }
        graph.buckets = buckets.map(node)
        graph.trails = trails.map(node)
        graph.others = others.map(node)
        return graph
    }
}
