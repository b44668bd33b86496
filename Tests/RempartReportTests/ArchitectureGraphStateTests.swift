import RempartModel
import RempartReport
import RempartRules
import RempartSupport
import Testing

/// Builds graphs from AWS state: subnet kinds, placement, findings, live identifiers.
struct ArchitectureGraphStateTests {
    @Test func labBaselineGraph() throws {
        let fixture = try LabFixture(.baseline)
        let graph = ArchitectureGraph(state: fixture.state, results: fixture.results, rules: LabRules.all)
        let vpc = try #require(graph.vpcs.first)
        #expect(graph.vpcs.count == 1)
        #expect(vpc.node.label == "VPC")
        #expect(vpc.node.detail == "10.0.0.0/16")
        #expect(vpc.node.findings == ArchitectureGraph.Findings(count: 1, maxSeverity: .medium))
        #expect(vpc.zones.map(\.name) == ["us-east-1a", "us-east-1b"])
        #expect(vpc.zones[0].subnets.map(\.node.label) == ["PrivateSubnet1", "PublicSubnet1"])
        #expect(vpc.zones[0].subnets.map(\.node.kind) == [.privateSubnet, .publicSubnet])
        #expect(vpc.internetGateways.map(\.label) == ["InternetGateway"])
        // Each NAT gateway sits in its public subnet, not on the VPC's edge.
        #expect(vpc.natGateways.isEmpty)
        #expect(vpc.natGatewayZones.isEmpty)
        #expect(vpc.zones.map { $0.subnets[1].natGateways.map(\.label) } == [["NatGateway1"], ["NatGateway2"]])
        #expect(vpc.zones.map { $0.subnets[0].natGateways } == [[], []])

        let publicSubnet = vpc.zones[0].subnets[1]
        #expect(publicSubnet.routeTargets == [vpc.internetGateways[0].id])
        #expect(publicSubnet.node.findings == ArchitectureGraph.Findings(count: 1, maxSeverity: .high))
        #expect(vpc.zones[0].subnets[0].routeTargets == [publicSubnet.natGateways[0].id])

        let instance = try #require(publicSubnet.instances.first)
        #expect(instance.node.label == "LabInstance")
        #expect(instance.node.findings == ArchitectureGraph.Findings(count: 2, maxSeverity: .high))
        #expect(instance.securityGroups.map(\.label) == ["LabSecurityGroup"])
        #expect(instance.securityGroups[0].findings == ArchitectureGraph.Findings(counts: [.high: 2, .low: 10]))
        #expect(instance.securityGroups[0].findings.bySeverity.map(\.count) == [2, 10])

        // The passed and undecided verdicts on the bucket are not findings.
        #expect(graph.buckets.map(\.label) == ["LabBucket"])
        #expect(graph.buckets[0].findings == ArchitectureGraph.Findings(count: 1, maxSeverity: .low))
        #expect(graph.others.isEmpty)
        #expect(graph.findingCount == 18)
    }

    @Test func routeTableDecidesPublicSubnets() throws {
        // The hardened subnets map no public IPs but still route to the internet gateway.
        let fixture = try LabFixture(.hardened)
        let graph = ArchitectureGraph(state: fixture.state, results: [], rules: LabRules.all)
        let subnets = graph.vpcs.flatMap(\.zones).flatMap(\.subnets)
        let kinds = Dictionary(uniqueKeysWithValues: subnets.map { ($0.node.label, $0.node.kind) })
        #expect(kinds["PublicSubnet1"] == .publicSubnet)
        #expect(kinds["PublicSubnet2"] == .publicSubnet)
        #expect(kinds["PrivateSubnet1"] == .privateSubnet)
        #expect(graph.vpcs[0].flowLogs.map(\.label) == ["VPCFlowLog"])
        #expect(graph.vpcs[0].flowLogs[0].detail == "REJECT: VPC → FlowLogBucket")
        #expect(graph.buckets.map(\.label) == ["AccessLogBucket", "LabBucket", "AccessLogBucket", "FlowLogBucket"])
        #expect(graph.findingCount == 0)
    }

    @Test func mapPublicIPDecidesWithoutRouteTable() {
        var state = AWSState()
        let vpc = ResourceAddress.live(type: "AWS::EC2::VPC", id: "vpc-1", region: "ca-central-1")
        state.add(VPC(address: vpc, cidrBlock: nil, flowLogs: []))
        for (id, mapsPublicIP) in [("subnet-open", true), ("subnet-closed", false)] {
            let subnet = ResourceAddress.live(type: "AWS::EC2::Subnet", id: id, region: "ca-central-1")
            state.add(
                Subnet(
                    address: subnet, vpc: .explicit(.literal("vpc-1"), at: subnet.origin), cidrBlock: nil,
                    mapsPublicIPOnLaunch: .explicit(mapsPublicIP, at: subnet.origin),
                    availabilityZone: .explicit("ca-central-1a", at: subnet.origin)))
        }
        let graph = ArchitectureGraph(state: state, results: [], rules: [])
        let subnets = graph.vpcs[0].zones[0].subnets
        #expect(subnets.map(\.node.label) == ["subnet-closed", "subnet-open"])
        #expect(subnets.map(\.node.kind) == [.privateSubnet, .publicSubnet])
        #expect(subnets.allSatisfy { $0.routeTargets.isEmpty })
    }

    @Test func liveMainTableRoutesUnassociatedSubnets() throws {
        // A live VPC: subnet-web has no explicit association, so the main table (to the internet
        // gateway) decides; subnet-app is associated with a table whose default route goes to a
        // NAT gateway; subnet-old's table routes to a deleted NAT gateway (blackhole). None maps public IPs.
        let region = "us-east-1"
        func address(_ type: String, _ id: String) -> ResourceAddress { .live(type: "AWS::EC2::\(type)", id: id, region: region) }
        func literal(_ id: String, _ owner: ResourceAddress) -> Resolved<Identifier> { .explicit(.literal(id), at: owner.origin) }
        var state = AWSState()
        let vpc = address("VPC", "vpc-1")
        state.add(VPC(address: vpc, cidrBlock: .explicit("10.0.0.0/16", at: vpc.origin), flowLogs: []))
        for id in ["subnet-web", "subnet-app", "subnet-old"] {
            let subnet = address("Subnet", id)
            state.add(
                Subnet(
                    address: subnet, vpc: literal("vpc-1", subnet), cidrBlock: nil,
                    mapsPublicIPOnLaunch: .explicit(false, at: subnet.origin),
                    availabilityZone: .explicit("us-east-1a", at: subnet.origin)))
        }
        let gateway = address("InternetGateway", "igw-1")
        state.add(InternetGateway(address: gateway, attachedVPCs: [literal("vpc-1", gateway)]))
        state.add(InternetGateway(address: address("InternetGateway", "igw-detached"), attachedVPCs: []))
        let nat = address("NatGateway", "nat-1")
        state.add(
            NATGateway(
                address: nat, subnet: literal("subnet-web", nat), allocation: literal("eipalloc-1", nat),
                connectivityType: .explicit("public", at: nat.origin), state: .explicit("available", at: nat.origin)))
        func table(_ id: String, main: Bool, subnets: [String], target: (kind: String, id: String, state: String))
            -> RouteTable
        {
            let tableAddress = address("RouteTable", id)
            let route = Route(
                address: address("Route", "\(id)|0.0.0.0/0"), destination: .explicit("0.0.0.0/0", at: tableAddress.origin),
                target: literal(target.id, tableAddress), targetKind: target.kind,
                state: .explicit(target.state, at: tableAddress.origin))
            return RouteTable(
                address: tableAddress, vpc: literal("vpc-1", tableAddress), routes: [route],
                subnets: subnets.map { literal($0, tableAddress) }, isMain: main)
        }
        state.add(table("rtb-main", main: true, subnets: [], target: ("GatewayId", "igw-1", "active")))
        state.add(table("rtb-app", main: false, subnets: ["subnet-app"], target: ("NatGatewayId", "nat-1", "active")))
        state.add(table("rtb-old", main: false, subnets: ["subnet-old"], target: ("NatGatewayId", "nat-gone", "blackhole")))

        let graph = ArchitectureGraph(state: state, results: [], rules: [])
        let vpcGraph = try #require(graph.vpcs.first)
        let subnets = Dictionary(uniqueKeysWithValues: vpcGraph.zones.flatMap(\.subnets).map { ($0.node.label, $0) })
        #expect(subnets["subnet-web"]?.node.kind == .publicSubnet)
        #expect(subnets["subnet-web"]?.routeTargets == vpcGraph.internetGateways.map(\.id))
        #expect(subnets["subnet-app"]?.node.kind == .privateSubnet)
        // The live NAT gateway sits in subnet-web, so it is drawn there and not on the VPC's edge.
        let natInWeb = subnets["subnet-web"]?.natGateways ?? []
        #expect(natInWeb.map(\.label) == ["nat-1"])
        #expect(subnets["subnet-app"]?.routeTargets == natInWeb.map(\.id))
        #expect(subnets["subnet-old"]?.node.kind == .privateSubnet)
        #expect(subnets["subnet-old"]?.routeTargets == [])
        #expect(vpcGraph.internetGateways.map(\.label) == ["igw-1"])
        #expect(vpcGraph.natGateways.isEmpty)
        #expect(vpcGraph.natGatewayZones.isEmpty)
        // A live gateway without attachment is detached, so it is drawn outside the only VPC.
        #expect(graph.others.map(\.label) == ["igw-detached"])
        #expect(graph.others.map(\.kind) == [.internetGateway])
    }

    @Test func strayResourcesAreKeptOutsideTheVPC() {
        var state = AWSState()
        let vpcA = ResourceAddress.live(type: "AWS::EC2::VPC", id: "vpc-a", region: "us-east-1")
        let vpcB = ResourceAddress.live(type: "AWS::EC2::VPC", id: "vpc-b", region: "us-east-1")
        state.add(VPC(address: vpcA, cidrBlock: nil, flowLogs: []))
        state.add(VPC(address: vpcB, cidrBlock: nil, flowLogs: []))
        let group = ResourceAddress.live(type: "AWS::EC2::SecurityGroup", id: "sg-unused", region: "us-east-1")
        state.add(
            SecurityGroup(address: group, description: nil, groupName: nil, vpc: nil, ingressRules: [], egressRules: [])
        )
        let instance = ResourceAddress.live(type: "AWS::EC2::Instance", id: "i-lost", region: "us-east-1")
        let root = BlockDevice(
            deviceName: nil, origin: instance.origin, isEBS: true, encrypted: .defaulted(false, at: instance.origin),
            kmsKeyID: nil)
        state.add(
            EC2Instance(
                address: instance, metadataOptions: .defaults(at: instance.origin), rootBlockDevice: root,
                subnet: .unresolved("imported from another stack", at: instance.origin)))
        let subnet = ResourceAddress.live(type: "AWS::EC2::Subnet", id: "subnet-nowhere", region: "us-east-1")
        state.add(
            Subnet(
                address: subnet, vpc: .explicit(.literal("vpc-other"), at: subnet.origin), cidrBlock: nil,
                mapsPublicIPOnLaunch: .defaulted(false, at: subnet.origin)))

        let results = [
            CheckResult(ruleID: "AVD-AWS-0028", resource: instance, status: .failed, origin: instance.origin),
            CheckResult(ruleID: "RMP-AWS-9999", resource: instance, status: .failed, origin: instance.origin),
        ]
        let graph = ArchitectureGraph(state: state, results: results, rules: LabRules.all)
        #expect(graph.vpcs.map(\.node.label) == ["vpc-a", "vpc-b"])
        // With two VPCs, a subnet of an unknown VPC belongs to neither.
        #expect(graph.vpcs.allSatisfy { $0.zones.isEmpty })
        #expect(graph.others.map(\.label) == ["i-lost", "sg-unused"])
        #expect(graph.others.map(\.kind) == [.instance, .securityGroup])
        // A failure of a rule without metadata has no severity, so it is not counted.
        #expect(graph.others[0].findings == ArchitectureGraph.Findings(count: 1, maxSeverity: .high))
    }

    @Test func unknownZoneGetsItsOwnColumn() {
        var state = AWSState()
        let vpc = ResourceAddress.live(type: "AWS::EC2::VPC", id: "vpc-1", region: nil)
        state.add(VPC(address: vpc, cidrBlock: nil, flowLogs: []))
        for (id, zone) in [("subnet-b", "us-west-2b"), ("subnet-x", nil), ("subnet-a", "us-west-2a")] {
            let subnet = ResourceAddress.live(type: "AWS::EC2::Subnet", id: id, region: nil)
            state.add(
                Subnet(
                    address: subnet, vpc: .explicit(.literal("vpc-1"), at: subnet.origin), cidrBlock: nil,
                    mapsPublicIPOnLaunch: .defaulted(false, at: subnet.origin),
                    availabilityZone: zone.map { .explicit($0, at: subnet.origin) }))
        }
        let graph = ArchitectureGraph(state: state, results: [], rules: [])
        #expect(graph.vpcs[0].zones.map(\.name) == ["us-west-2a", "us-west-2b", nil])
        let layout = DiagramLayoutEngine(language: .french).layout(graph)
        let zoneLabels = layout.boxes.filter { $0.node.kind == .availabilityZone }.map(\.node.label)
        #expect(zoneLabels == ["us-west-2a", "us-west-2b", "zone inconnue"])
    }

    @Test func trailsAreDrawnWithTheirBucket() {
        var state = AWSState()
        let address = ResourceAddress.template(
            type: "AWS::CloudTrail::Trail", logicalID: "Trail",
            at: SourceLocation(file: "trail.yaml", line: 4, column: 3))
        var trail = CloudTrailTrail(address: address)
        trail.s3Bucket = .explicit(
            .resource(ResourceLink(file: "trail.yaml", logicalID: "TrailBucket")), at: address.origin)
        state.add(trail)
        let results = [
            CheckResult(ruleID: "AVD-AWS-0178", resource: address, status: .failed, origin: address.origin),
            CheckResult(ruleID: "AVD-AWS-0089", resource: address, status: .failed, origin: address.origin),
        ]
        let graph = ArchitectureGraph(state: state, results: results, rules: LabRules.all)
        #expect(graph.trails.map(\.label) == ["Trail"])
        #expect(graph.trails.map(\.detail) == ["S3: TrailBucket"])
        #expect(graph.trails[0].findings == ArchitectureGraph.Findings(counts: [.medium: 1, .low: 1]))
        #expect(graph.trails[0].findings.count == 2)
        #expect(graph.trails[0].findings.maxSeverity == .medium)
    }

    @Test func repeatedBucketsShowPathsRelativeToTheScan() {
        func bucket(_ file: String) -> S3Bucket {
            let address = ResourceAddress.template(
                type: "AWS::S3::Bucket", logicalID: "AccessLogBucket",
                at: RempartSupport.SourceLocation(file: file, line: 4, column: 3))
            return S3Bucket(
                address: address, name: .unresolved("depends on AWS::AccountId", at: address.origin),
                encryptionRules: .defaulted([], at: address.origin), versioningStatus: nil,
                mfaDelete: .unresolved("not set by CloudFormation", at: address.origin), logging: nil,
                publicAccessBlock: nil, acl: .defaulted("private", at: address.origin), policies: [],
                replicationDestinations: [], objectLockEnabled: .defaulted(false, at: address.origin),
                hostsWebsite: false)
        }
        var state = AWSState()
        state.add(bucket("/home/student/lab/hardened/s3.json"))
        state.add(bucket("/home/student/lab/hardened/logs/s3.json"))
        let graph = ArchitectureGraph(state: state, results: [], rules: [])
        #expect(graph.buckets.map(\.detail) == ["logs/s3.json", "s3.json"])
    }
}
