import RempartModel
import RempartRules
import RempartSupport

extension ArchitectureGraph {
    /// Builds the graph of `state`, with the failed checks of `results` counted on each node.
    ///
    /// A subnet is public when its route table sends `0.0.0.0/0` (or `::/0`) to an internet
    /// gateway, as the AWS console decides. Its route table is the one explicitly associated
    /// with it, else its VPC's main table, which only a live account has. A subnet with
    /// neither (a template subnet without an association, or a live account whose route
    /// tables could not be read) is public when it maps public IPs on launch, because its
    /// routes are not known. A live route whose target is gone (`blackhole`) routes nothing.
    /// Labels are logical IDs for
    /// templates and resource IDs for live accounts, the names findings use, preceded by the
    /// `Name` tag of a live resource that has one. Everything is
    /// sorted by address, so the same state always gives the same graph.
    ///
    /// - Parameters:
    ///   - state: The resources read from templates or a live account.
    ///   - results: The verdicts of the rules; only failures are counted.
    ///   - rules: The metadata of the rules, for the severities of the failures.
    ///   - names: The `Name` tag of live resources by resource ID; a named resource's label is
    ///     `web-1 (i-0abc…)`.
    public init(
        state: AWSState, results: [CheckResult], rules: [RuleMetadata] = AllRules.rules.map(\.metadata),
        names: [String: String] = [:]
    ) {
        let builder = ArchitectureGraphBuilder(state: state, results: results, rules: rules, names: names)
        self = builder.build()
    }
}

/// The steps of `ArchitectureGraph.init(state:results:rules:)`.
private struct ArchitectureGraphBuilder {
    let state: AWSState
    let findings: [String: [Severity]]
    let names: [String: String]

    init(state: AWSState, results: [CheckResult], rules: [RuleMetadata], names: [String: String]) {
        self.state = state
        self.names = names
        var severities: [String: Severity] = [:]
        for rule in rules {
            severities[rule.id] = rule.severity
        }
        var findings: [String: [Severity]] = [:]
        for result in results where result.isFailure {
            guard let severity = severities[result.ruleID] else { continue }
            findings[Self.key(of: result.resource), default: []].append(severity)
        }
        self.findings = findings
    }

    func build() -> ArchitectureGraph {
        let vpcs = state.all(VPC.self).sorted { $0.address < $1.address }
        let subnets = state.all(Subnet.self).sorted { $0.address < $1.address }
        let gateways = state.all(InternetGateway.self).sorted { $0.address < $1.address }
        let nats = state.all(NATGateway.self).sorted { $0.address < $1.address }
        let groups = state.all(SecurityGroup.self).sorted { $0.address < $1.address }
        let instances = state.all(EC2Instance.self).sorted { $0.address < $1.address }
        let routeTables = state.all(RouteTable.self).sorted { $0.address < $1.address }

        // Which VPC each subnet, gateway and instance belongs to; with one VPC, strays join it.
        func owner(_ identifier: Resolved<Identifier>?) -> VPC? {
            if let value = identifier?.value, let vpc = vpcs.first(where: { Self.names(value, $0.address) }) {
                return vpc
            }
            return vpcs.count == 1 ? vpcs.first : nil
        }
        func subnet(named identifier: Resolved<Identifier>?) -> Subnet? {
            guard let value = identifier?.value else { return nil }
            return subnets.first { Self.names(value, $0.address) }
        }

        var placedInstances: Set<String> = []
        var usedGroups: Set<String> = []
        var placedGateways: Set<String> = []
        var graphVPCs: [ArchitectureGraph.VPC] = []
        for vpc in vpcs {
            // A template gateway may be attached from another file; a live one without attachment is detached.
            let vpcGateways = gateways.filter { gateway in
                gateway.attachedVPCs.contains { $0.value.map { Self.names($0, vpc.address) } ?? false }
                    || (vpcs.count == 1 && gateway.attachedVPCs.isEmpty && gateway.address.location != nil)
            }
            placedGateways.formUnion(vpcGateways.map { Self.key(of: $0.address) })
            let vpcSubnets = subnets.filter { owner($0.vpc)?.address == vpc.address }
            let vpcNATs = nats.filter { nat in
                subnet(named: nat.subnet).map { owner($0.vpc)?.address == vpc.address } ?? (vpcs.count == 1)
            }
            let gatewayNodes = vpcGateways.map { node($0.address, kind: .internetGateway) }
            var subnetNATs: Set<String> = []

            // Subnets with their instances, kind and route targets, grouped by zone.
            var zones: [String?: [ArchitectureGraph.Subnet]] = [:]
            for subnet in vpcSubnets {
                let targets = routeTargets(of: subnet, tables: routeTables, gateways: vpcGateways, nats: vpcNATs)
                let isPublic = targets.toInternet ?? (subnet.mapsPublicIPOnLaunch.value ?? false)
                let subnetNode = node(
                    subnet.address, kind: isPublic ? .publicSubnet : .privateSubnet, detail: subnet.cidrBlock?.value)
                let members = instances.filter { instance in
                    instance.subnet?.value.map { Self.names($0, subnet.address) } ?? false
                }
                let graphInstances = members.map { instance in
                    placedInstances.insert(Self.key(of: instance.address))
                    let attached = groups.filter { group in
                        instance.securityGroups.contains { $0.value.map { Self.names($0, group.address) } ?? false }
                    }
                    usedGroups.formUnion(attached.map { Self.key(of: $0.address) })
                    return ArchitectureGraph.Instance(
                        node: node(instance.address, kind: .instance),
                        securityGroups: attached.map { node($0.address, kind: .securityGroup) })
                }
                let natsInSubnet = vpcNATs.filter { nat in
                    nat.subnet?.value.map { Self.names($0, subnet.address) } ?? false
                }
                subnetNATs.formUnion(natsInSubnet.map { Self.key(of: $0.address) })
                zones[subnet.availabilityZone?.value, default: []].append(
                    ArchitectureGraph.Subnet(
                        node: subnetNode, instances: graphInstances, routeTargets: targets.gatewayIDs,
                        natGateways: natsInSubnet.map { node($0.address, kind: .natGateway) }))
            }
            let zoneNames = zones.keys.sorted { ($0 ?? "\u{10FFFF}") < ($1 ?? "\u{10FFFF}") }
            let strayNATs = vpcNATs.filter { !subnetNATs.contains(Self.key(of: $0.address)) }
            let natNodes = strayNATs.map { node($0.address, kind: .natGateway) }
            var natZones: [String: String] = [:]
            for nat in strayNATs {
                if let zone = subnet(named: nat.subnet)?.availabilityZone?.value {
                    natZones[Self.key(of: nat.address)] = zone
                }
            }
            let flowLogs = (vpc.flowLogs + vpcSubnets.flatMap(\.flowLogs)).map(flowLogNode)
            graphVPCs.append(
                ArchitectureGraph.VPC(
                    node: node(vpc.address, kind: .vpc, detail: vpc.cidrBlock?.value),
                    zones: zoneNames.map { ArchitectureGraph.Zone(name: $0, subnets: zones[$0] ?? []) },
                    internetGateways: gatewayNodes, natGateways: natNodes, natGatewayZones: natZones,
                    flowLogs: flowLogs))
        }

        // Resources outside the VPCs, and those that could not be placed in one.
        // Template buckets that share a logical ID across files show their file when their name is unknown.
        // A live bucket's label is already its name, so it gets no second line.
        let allBuckets = state.all(S3Bucket.self).sorted { $0.address < $1.address }
        let repeatedNames = Dictionary(grouping: allBuckets, by: \.address.name).filter { $0.value.count > 1 }.keys
        let directory = Self.commonDirectory(of: state.resources.compactMap(\.address.file))
        let buckets = allBuckets.map { bucket in
            let file = repeatedNames.contains(bucket.address.name)
                ? bucket.address.file.map { Self.relativePath($0, to: directory) } : nil
            let name = bucket.name?.value.flatMap { $0 == bucket.address.name ? nil : $0 }
            return node(bucket.address, kind: .bucket, detail: name ?? file)
        }
        let strayInstances = instances.filter { !placedInstances.contains(Self.key(of: $0.address)) }
        let strayGroups = groups.filter { !usedGroups.contains(Self.key(of: $0.address)) }
        let strayGateways = gateways.filter { !placedGateways.contains(Self.key(of: $0.address)) }
        let trails = state.all(CloudTrailTrail.self).sorted { $0.address < $1.address }.map { trail in
            node(trail.address, kind: .trail, detail: (trail.s3Bucket.value ?? nil).map { "S3: \($0)" })
        }
        return ArchitectureGraph(
            vpcs: graphVPCs, buckets: buckets, trails: trails,
            others: strayInstances.map { node($0.address, kind: .instance) }
                + strayGroups.map { node($0.address, kind: .securityGroup) }
                + strayGateways.map { node($0.address, kind: .internetGateway) })
    }

    /// Returns the gateways a subnet's default routes go to, and whether one is an internet
    /// gateway (nil when the subnet has neither an associated nor a main route table).
    private func routeTargets(
        of subnet: Subnet, tables: [RouteTable], gateways: [InternetGateway], nats: [NATGateway]
    ) -> (gatewayIDs: [String], toInternet: Bool?) {
        var associated = tables.filter { table in
            table.subnets.contains { $0.value.map { Self.names($0, subnet.address) } ?? false }
        }
        if associated.isEmpty, let vpc = subnet.vpc?.value {
            associated = tables.filter { $0.isMain && $0.vpc?.value == vpc }
        }
        guard !associated.isEmpty else { return ([], nil) }
        var targets: [String] = []
        var toInternet = false
        for route in associated.flatMap(\.routes) where route.isDefault && !route.isBlackhole {
            guard let target = route.target?.value else { continue }
            if let gateway = gateways.first(where: { Self.names(target, $0.address) }) {
                targets.append(Self.key(of: gateway.address))
                toInternet = true
            } else if let nat = nats.first(where: { Self.names(target, $0.address) }) {
                targets.append(Self.key(of: nat.address))
            }
        }
        var seen: Set<String> = []
        return (targets.filter { seen.insert($0).inserted }, toInternet)
    }

    /// Returns a flow log's node; its detail names the traffic, the captured resource and
    /// the destination, such as `REJECT: VPC → FlowLogBucket`.
    private func flowLogNode(_ flowLog: FlowLog) -> ArchitectureGraph.Node {
        let traffic = flowLog.trafficType?.value ?? "?"
        let captured = flowLog.resource?.value.map(Self.shortName) ?? "?"
        let destination = flowLog.destination?.value.map(Self.shortName) ?? flowLog.destinationType.value ?? "?"
        return node(flowLog.address, kind: .flowLog, detail: "\(traffic): \(captured) → \(destination)")
    }

    /// Returns the name to show for an identifier: a linked resource's logical ID, the bucket
    /// of an S3 ARN, the log group of a CloudWatch Logs ARN, else the literal itself.
    static func shortName(_ identifier: Identifier) -> String {
        switch identifier {
        case .resource(let link):
            return link.logicalID
        case .literal(let text):
            if text.hasPrefix("arn:"), text.contains(":s3:::") {
                let path = text.components(separatedBy: ":::").dropFirst().joined(separator: ":::")
                return path.split(separator: "/", omittingEmptySubsequences: false).first.map(String.init) ?? text
            }
            if text.hasPrefix("arn:"), let range = text.range(of: ":log-group:") {
                let rest = text[range.upperBound...]
                return rest.split(separator: ":", omittingEmptySubsequences: false).first.map(String.init) ?? text
            }
            return text
        }
    }

    /// Returns the longest directory that contains every path of `files`, ending in `/`, or
    /// the empty string when they share none.
    static func commonDirectory(of files: [String]) -> String {
        let directories = files.map { file -> [Substring] in
            Array(file.split(separator: "/", omittingEmptySubsequences: false).dropLast())
        }
        guard var common = directories.first else { return "" }
        for components in directories.dropFirst() {
            let shared = zip(common, components).prefix { $0.0 == $0.1 }.count
            common = Array(common.prefix(shared))
        }
        return common.isEmpty ? "" : common.joined(separator: "/") + "/"
    }

    /// Returns `file` relative to `directory`, which `commonDirectory(of:)` computed.
    static func relativePath(_ file: String, to directory: String) -> String {
        guard !directory.isEmpty, file.hasPrefix(directory) else { return file }
        return String(file.dropFirst(directory.count))
    }

    private func node(
        _ address: ResourceAddress, kind: ArchitectureGraph.Kind, label: String? = nil, detail: String? = nil
    ) -> ArchitectureGraph.Node {
        let key = Self.key(of: address)
        let named = address.file == nil ? names[address.name].map { "\($0) (\(address.name))" } : nil
        return ArchitectureGraph.Node(
            id: key, kind: kind, label: label ?? named ?? address.name, detail: detail,
            findings: ArchitectureGraph.Findings(severities: findings[key] ?? []))
    }

    /// Returns a key that identifies a resource whatever the location recorded in its address.
    static func key(of address: ResourceAddress) -> String {
        [address.type, address.file ?? "", address.region ?? "", address.name].joined(separator: "\u{1F}")
    }

    /// Returns whether `identifier` names the resource at `address`, by a link to its logical
    /// ID in its file or by a literal equal to its name (the resource ID of a live resource).
    static func names(_ identifier: Identifier, _ address: ResourceAddress) -> Bool {
        switch identifier {
        case .resource(let link): link.file == address.file && link.logicalID == address.name
        case .literal(let text): !text.isEmpty && text == address.name
        }
    }
}
