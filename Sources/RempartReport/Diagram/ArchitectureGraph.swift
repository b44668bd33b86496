import RempartSupport

/// The architecture to draw: VPCs with their availability zones, subnets, gateways and
/// instances, and the resources that live outside any VPC (buckets, trails).
///
/// The graph is neutral. It contains IDs, labels and finding counts, never model types, so
/// it can be built from templates, from a live account or by hand in tests. Arrays keep the
/// order they are given in, and the layout follows that order, so a builder that sorts its
/// input gets the same drawing on every run.
public struct ArchitectureGraph: Hashable, Sendable {
    /// The VPCs, drawn one below the other.
    public var vpcs: [VPC]
    /// Buckets, drawn outside the VPCs.
    public var buckets: [Node]
    /// Trails, drawn outside the VPCs.
    public var trails: [Node]
    /// Resources that belong in a VPC but could not be placed there (a security group no
    /// instance uses, an instance whose subnet is unknown, a detached internet gateway), drawn
    /// outside so they stay visible.
    public var others: [Node]

    /// Creates a graph.
    public init(vpcs: [VPC] = [], buckets: [Node] = [], trails: [Node] = [], others: [Node] = []) {
        self.vpcs = vpcs
        self.buckets = buckets
        self.trails = trails
        self.others = others
    }

    /// Every node of the graph, containers first, in drawing order.
    public var allNodes: [Node] {
        var nodes: [Node] = []
        for vpc in vpcs {
            nodes.append(vpc.node)
            nodes += vpc.internetGateways + vpc.natGateways + vpc.flowLogs
            for zone in vpc.zones {
                for subnet in zone.subnets {
                    nodes.append(subnet.node)
                    nodes += subnet.natGateways
                    for instance in subnet.instances {
                        nodes.append(instance.node)
                        nodes += instance.securityGroups
                    }
                }
            }
        }
        return nodes + trails + buckets + others
    }

    /// The number of findings on every node, counting a security group shared by several
    /// instances once.
    public var findingCount: Int {
        var seen: Set<String> = []
        var total = 0
        for node in allNodes where seen.insert(node.id).inserted {
            total += node.findings.count
        }
        return total
    }
}

extension ArchitectureGraph {
    /// What a node stands for; it decides the node's shape, colour and caption.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case vpc
        case availabilityZone
        case publicSubnet
        case privateSubnet
        case internetGateway
        case natGateway
        case instance
        case securityGroup
        case bucket
        case flowLog
        case trail
    }

    /// The failed checks on one resource: how many of each severity.
    public struct Findings: Hashable, Sendable {
        /// The number of failed checks of each severity; severities without one are absent.
        public var counts: [Severity: Int]

        /// No finding.
        public static let none = Findings(counts: [:])

        /// Creates a tally from counts by severity; zero and negative counts are dropped.
        public init(counts: [Severity: Int]) {
            self.counts = counts.filter { $0.value > 0 }
        }

        /// Creates a tally of `count` failed checks, all of severity `maxSeverity`.
        public init(count: Int, maxSeverity: Severity?) {
            self.init(counts: maxSeverity.map { [$0: count] } ?? [:])
        }

        /// Creates the tally of the given severities, one per failed check.
        public init(severities: [Severity]) {
            var counts: [Severity: Int] = [:]
            for severity in severities {
                counts[severity, default: 0] += 1
            }
            self.init(counts: counts)
        }

        /// The number of failed checks.
        public var count: Int { counts.values.reduce(0, +) }

        /// The highest severity, nil without findings.
        public var maxSeverity: Severity? { counts.keys.max() }

        /// The severities present with their counts, highest severity first.
        public var bySeverity: [(severity: Severity, count: Int)] {
            counts.sorted { $0.key > $1.key }.map { ($0.key, $0.value) }
        }
    }

    /// One drawn resource.
    public struct Node: Hashable, Sendable {
        /// A stable identifier, unique in the graph (a logical ID or a live resource ID).
        public var id: String
        public var kind: Kind
        /// The name shown in the box (the `Name` tag, the logical ID or the resource ID).
        public var label: String
        /// A short second line, such as a CIDR block or a flow log's traffic type.
        public var detail: String?
        public var findings: Findings

        /// Creates a node.
        public init(id: String, kind: Kind, label: String, detail: String? = nil, findings: Findings = .none) {
            self.id = id
            self.kind = kind
            self.label = label
            self.detail = detail
            self.findings = findings
        }
    }

    /// A VPC and what it contains.
    public struct VPC: Hashable, Sendable {
        /// The VPC itself; its `detail` is usually the CIDR block.
        public var node: Node
        /// The availability zones, one column each, left to right.
        public var zones: [Zone]
        /// Internet gateways attached to the VPC, drawn on its top edge.
        public var internetGateways: [Node]
        /// NAT gateways whose subnet is not in the graph, drawn on the bottom edge (under
        /// their zone when it is known). A NAT gateway whose subnet is known belongs to
        /// `Subnet.natGateways` instead.
        public var natGateways: [Node]
        /// The zone name of each NAT gateway of `natGateways`, keyed by the gateway's ID, when it is known.
        public var natGatewayZones: [String: String]
        /// Flow logs of the VPC, drawn beside it.
        public var flowLogs: [Node]

        /// Creates a VPC.
        public init(
            node: Node, zones: [Zone], internetGateways: [Node] = [], natGateways: [Node] = [],
            natGatewayZones: [String: String] = [:], flowLogs: [Node] = []
        ) {
            self.node = node
            self.zones = zones
            self.internetGateways = internetGateways
            self.natGateways = natGateways
            self.natGatewayZones = natGatewayZones
            self.flowLogs = flowLogs
        }
    }

    /// An availability zone of a VPC.
    public struct Zone: Hashable, Sendable {
        /// The zone name, such as `us-east-1a`, nil when it is not known.
        public var name: String?
        /// The subnets in the zone, in drawing order within their group (public, then private).
        public var subnets: [Subnet]

        /// Creates a zone.
        public init(name: String?, subnets: [Subnet]) {
            self.name = name
            self.subnets = subnets
        }
    }

    /// A subnet, its instances and NAT gateways, and the gateways its default route goes to.
    public struct Subnet: Hashable, Sendable {
        /// The subnet; its kind is `.publicSubnet` or `.privateSubnet`.
        public var node: Node
        /// The instances launched in the subnet.
        public var instances: [Instance]
        /// The IDs of the gateways (internet or NAT) the subnet's route table sends traffic to.
        /// The NAT gateways of the subnet send their traffic along the same routes.
        public var routeTargets: [String]
        /// The NAT gateways that sit in the subnet, drawn inside it below its instances.
        public var natGateways: [Node]

        /// Creates a subnet.
        public init(
            node: Node, instances: [Instance] = [], routeTargets: [String] = [], natGateways: [Node] = []
        ) {
            self.node = node
            self.instances = instances
            self.routeTargets = routeTargets
            self.natGateways = natGateways
        }

        /// Whether the subnet is public (routes to an internet gateway).
        public var isPublic: Bool { node.kind == .publicSubnet }
    }

    /// An instance and the security groups attached to it.
    public struct Instance: Hashable, Sendable {
        public var node: Node
        public var securityGroups: [Node]

        /// Creates an instance.
        public init(node: Node, securityGroups: [Node] = []) {
            self.node = node
            self.securityGroups = securityGroups
        }
    }
}
