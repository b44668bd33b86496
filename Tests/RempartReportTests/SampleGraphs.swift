import RempartReport
import RempartSupport

/// Hand-built graphs that stress the layout: uneven zones, shared gateways, several VPCs,
/// long and hostile labels.
enum SampleGraphs {
    typealias Node = ArchitectureGraph.Node

    static func node(
        _ id: String, _ kind: ArchitectureGraph.Kind, detail: String? = nil, findings: [Severity] = []
    ) -> Node {
        Node(id: id, kind: kind, label: id, detail: detail, findings: ArchitectureGraph.Findings(severities: findings))
    }

    /// Three zones: one with three public subnets and two instances, one with only a private
    /// subnet, and one whose name is unknown. Two internet gateways, a NAT gateway of unknown
    /// zone, and a private subnet in the last zone that routes to a NAT gateway of the first.
    static let unevenZones: ArchitectureGraph = {
        let group = node("sg-web", .securityGroup, findings: [.critical, .low])
        let zoneA = ArchitectureGraph.Zone(
            name: "ca-central-1a",
            subnets: [
                ArchitectureGraph.Subnet(
                    node: node("public-a1", .publicSubnet, detail: "10.1.0.0/24", findings: [.high]),
                    instances: [
                        ArchitectureGraph.Instance(node: node("web-1", .instance), securityGroups: [group]),
                        ArchitectureGraph.Instance(
                            node: node("web-2", .instance, findings: [.medium, .medium]),
                            securityGroups: [group, node("sg-admin", .securityGroup)]),
                    ], routeTargets: ["igw-main"]),
                ArchitectureGraph.Subnet(
                    node: node("public-a2", .publicSubnet), routeTargets: ["igw-main", "igw-backup"]),
                ArchitectureGraph.Subnet(node: node("public-a3", .publicSubnet), routeTargets: ["igw-backup"]),
            ])
        let zoneB = ArchitectureGraph.Zone(
            name: "ca-central-1b",
            subnets: [
                ArchitectureGraph.Subnet(
                    node: node("private-b1", .privateSubnet),
                    instances: [ArchitectureGraph.Instance(node: node("db-1", .instance, findings: [.low]))],
                    routeTargets: ["nat-a"])
            ])
        let unknown = ArchitectureGraph.Zone(
            name: nil,
            subnets: [
                ArchitectureGraph.Subnet(
                    node: node("private-x", .privateSubnet), routeTargets: ["nat-stray", "nat-a"]),
                ArchitectureGraph.Subnet(node: node("isolated", .privateSubnet), routeTargets: ["pcx-not-drawn"]),
            ])
        let vpc = ArchitectureGraph.VPC(
            node: node("vpc-uneven", .vpc, detail: "10.1.0.0/16", findings: [.medium]),
            zones: [zoneA, zoneB, unknown],
            internetGateways: [node("igw-main", .internetGateway), node("igw-backup", .internetGateway)],
            natGateways: [node("nat-a", .natGateway, findings: [.low]), node("nat-stray", .natGateway)],
            natGatewayZones: ["nat-a": "ca-central-1a"],
            flowLogs: [node("flow-all", .flowLog, detail: "ALL → cloud-watch-logs")])
        return ArchitectureGraph(
            vpcs: [vpc], buckets: [node("logs-bucket", .bucket, findings: [.low])],
            trails: [node("org-trail", .trail, findings: [.high])], others: [node("sg-unused", .securityGroup)])
    }()

    /// NAT gateways inside public subnets: a private subnet routes to the NAT gateway of its
    /// own zone, another to one in the zone to its left, a third to one in the zone to its
    /// right; every NAT gateway routes on to the internet gateway. Two flow logs watch the VPC.
    static let natGatewaysInSubnets: ArchitectureGraph = {
        func zone(_ name: String, _ letter: String, privateTargets: [String]) -> ArchitectureGraph.Zone {
            ArchitectureGraph.Zone(
                name: name,
                subnets: [
                    ArchitectureGraph.Subnet(
                        node: node("public-\(letter)", .publicSubnet), routeTargets: ["igw"],
                        natGateways: [node("nat-\(letter)", .natGateway, findings: [.low])]),
                    ArchitectureGraph.Subnet(
                        node: node("private-\(letter)", .privateSubnet),
                        instances: [ArchitectureGraph.Instance(node: node("app-\(letter)", .instance))],
                        routeTargets: privateTargets),
                ])
        }
        let vpc = ArchitectureGraph.VPC(
            node: node("vpc-nat", .vpc, detail: "10.2.0.0/16"),
            zones: [
                zone("eu-west-3a", "a", privateTargets: ["nat-a"]),
                zone("eu-west-3b", "b", privateTargets: ["nat-a"]),
                zone("eu-west-3c", "c", privateTargets: ["nat-b", "nat-c"]),
            ],
            internetGateways: [node("igw", .internetGateway)],
            flowLogs: [
                node("flow-reject", .flowLog, detail: "REJECT: vpc-nat → logs"),
                node("flow-all", .flowLog, detail: "ALL: vpc-nat → group"),
            ])
        return ArchitectureGraph(vpcs: [vpc], buckets: [node("logs", .bucket)])
    }()

    /// Two VPCs, the first with only a NAT gateway, the second with only an internet gateway,
    /// so the first one's NAT gateway and the second one's internet gateway face each other.
    static let twoVPCs: ArchitectureGraph = {
        let first = ArchitectureGraph.VPC(
            node: node("vpc-a", .vpc),
            zones: [
                ArchitectureGraph.Zone(
                    name: "us-east-1a",
                    subnets: [
                        ArchitectureGraph.Subnet(node: node("a-private", .privateSubnet), routeTargets: ["nat-a"])
                    ])
            ], natGateways: [node("nat-a", .natGateway)], natGatewayZones: ["nat-a": "us-east-1a"])
        let second = ArchitectureGraph.VPC(
            node: node("vpc-b", .vpc, findings: [.high]),
            zones: [
                ArchitectureGraph.Zone(
                    name: "us-east-1a",
                    subnets: [ArchitectureGraph.Subnet(node: node("b-public", .publicSubnet), routeTargets: ["igw-b"])]),
                ArchitectureGraph.Zone(
                    name: "us-east-1b",
                    subnets: [
                        ArchitectureGraph.Subnet(node: node("b-public-2", .publicSubnet), routeTargets: ["igw-b"])
                    ]),
            ],
            internetGateways: [node("igw-b", .internetGateway)])
        return ArchitectureGraph(vpcs: [first, second], buckets: [node("b", .bucket)])
    }()

    /// Labels long enough to widen every box, with characters that XML and Markdown must escape.
    static let longLabels: ArchitectureGraph = {
        let hostile = "<script>alert(\"x & y\")</script> 'quoted' | pipe"
        let vpc = ArchitectureGraph.VPC(
            node: Node(id: "vpc", kind: .vpc, label: hostile, detail: "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW"),
            zones: [
                ArchitectureGraph.Zone(
                    name: "zone-with-a-very-long-name-that-is-wider-than-its-subnets",
                    subnets: [
                        ArchitectureGraph.Subnet(
                            node: Node(
                                id: "s", kind: .publicSubnet, label: "s",
                                findings: ArchitectureGraph.Findings(count: 12_345, maxSeverity: .critical)),
                            instances: [
                                ArchitectureGraph.Instance(
                                    node: Node(id: "i", kind: .instance, label: "éàçÉÈ — instance très longue"))
                            ], routeTargets: ["igw"])
                    ])
            ], internetGateways: [Node(id: "igw", kind: .internetGateway, label: "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM")],
            natGateways: [Node(id: "nat", kind: .natGateway, label: "nat & <nat>")],
            natGatewayZones: ["nat": "elsewhere"])
        return ArchitectureGraph(vpcs: [vpc], buckets: [Node(id: "b", kind: .bucket, label: hostile)])
    }()
}
