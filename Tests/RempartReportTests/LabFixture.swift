import Foundation
import RempartModel
import RempartReport
import RempartRules
import RempartSupport
import Testing

/// The lab's two profiles as AWS state and check results, built by hand from the templates
/// in `examples/lab/` until the template reader can produce them.
///
/// Resource addresses point at the line of each logical ID in the real files. The failures of
/// the baseline are the 18 that trivy 0.67.2 reports on it, at trivy's lines: `AVD-AWS-0107`
/// ×2, `-0124` ×10, `-0164` ×2, `-0178`, `-0028`, `-0131` and `-0089`. The hardened profile
/// has none.
struct LabFixture {
    /// Which set of lab templates.
    enum Profile: String, CaseIterable, CustomTestStringConvertible {
        case baseline = "cloudformation"
        case hardened

        var testDescription: String { self == .baseline ? "baseline" : "hardened" }
    }

    let profile: Profile
    let state: AWSState
    let results: [CheckResult]

    /// The files of the profile, as the scanner reports them.
    static let files = ["ec2.json", "s3.json", "vpc.yaml"]

    /// The package root, from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    init(_ profile: Profile) throws {
        self.profile = profile
        let directory = Self.packageRoot.appendingPathComponent("examples/lab/\(profile.rawValue)")
        var texts: [String: [String]] = [:]
        for file in Self.files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            texts[file] = text.components(separatedBy: "\n")
        }
        let builder = StateBuilder(lines: texts)
        state = profile == .baseline ? builder.baseline() : builder.hardened()
        results = profile == .baseline ? builder.baselineResults() : []
    }

    /// Returns the report of the profile, with the diagram.
    func report(generatedAt: Date? = nil) -> MitigationReport {
        let rules = LabRules.all
        return MitigationReport(
            results: results, rules: rules, subject: .files(Self.files),
            diagram: ArchitectureGraph(state: state, results: results, rules: rules), generatedAt: generatedAt)
    }
}

/// Builds model values located at the real lines of the lab templates.
private struct StateBuilder {
    let lines: [String: [String]]

    /// Returns the 1-based line where `logicalID` is declared in `file`.
    func line(of logicalID: String, in file: String) -> Int {
        let candidates = ["  \(logicalID):", "    \"\(logicalID)\": {"]
        let index = lines[file]?.firstIndex { line in candidates.contains(line) } ?? 0
        return index + 1
    }

    func address(_ type: String, _ logicalID: String, in file: String) -> ResourceAddress {
        .template(
            type: "AWS::\(type)", logicalID: logicalID,
            at: RempartSupport.SourceLocation(file: file, line: line(of: logicalID, in: file), column: 3))
    }

    func link(_ logicalID: String, in file: String = "vpc.yaml") -> Resolved<Identifier> {
        let location = RempartSupport.SourceLocation(file: file, line: line(of: logicalID, in: file), column: 3)
        return .explicit(.resource(ResourceLink(file: file, logicalID: logicalID)), at: .source(location))
    }

    func value<Value>(_ value: Value, _ address: ResourceAddress) -> Resolved<Value> {
        .explicit(value, at: address.origin)
    }

    // MARK: - Profiles

    func baseline() -> AWSState {
        var state = network(mapsPublicIPs: true, flowLogs: [])
        state.add(instance())
        state.add(bucket("LabBucket", in: "s3.json"))
        return state
    }

    func hardened() -> AWSState {
        let flowLogAddress = address("EC2::FlowLog", "VPCFlowLog", in: "vpc.yaml")
        let flowLog = FlowLog(
            address: flowLogAddress, resourceType: value("VPC", flowLogAddress), resource: link("VPC"),
            trafficType: value("REJECT", flowLogAddress), destinationType: value("s3", flowLogAddress),
            destination: link("FlowLogBucket"))
        var state = network(mapsPublicIPs: false, flowLogs: [flowLog])
        state.add(flowLog)
        state.add(instance())
        state.add(bucket("AccessLogBucket", in: "vpc.yaml"))
        state.add(bucket("FlowLogBucket", in: "vpc.yaml"))
        state.add(bucket("AccessLogBucket", in: "s3.json"))
        state.add(bucket("LabBucket", in: "s3.json"))
        return state
    }

    /// Returns the VPC stack: four subnets in two zones, an internet gateway, two NAT
    /// gateways, three route tables and the lab's security group.
    private func network(mapsPublicIPs: Bool, flowLogs: [FlowLog]) -> AWSState {
        var state = AWSState()
        let vpc = address("EC2::VPC", "VPC", in: "vpc.yaml")
        state.add(VPC(address: vpc, cidrBlock: value("10.0.0.0/16", vpc), flowLogs: flowLogs))
        let gateway = address("EC2::InternetGateway", "InternetGateway", in: "vpc.yaml")
        state.add(InternetGateway(address: gateway, attachedVPCs: [link("VPC")]))

        let subnets = [
            ("PublicSubnet1", "10.0.0.0/24", "us-east-1a", mapsPublicIPs),
            ("PublicSubnet2", "10.0.16.0/24", "us-east-1b", mapsPublicIPs),
            ("PrivateSubnet1", "10.0.128.0/24", "us-east-1a", false),
            ("PrivateSubnet2", "10.0.144.0/24", "us-east-1b", false),
        ]
        for (name, cidr, zone, mapsPublicIP) in subnets {
            let subnet = address("EC2::Subnet", name, in: "vpc.yaml")
            state.add(
                Subnet(
                    address: subnet, vpc: link("VPC"), cidrBlock: value(cidr, subnet),
                    mapsPublicIPOnLaunch: value(mapsPublicIP, subnet), availabilityZone: value(zone, subnet)))
        }
        for index in 1...2 {
            let nat = address("EC2::NatGateway", "NatGateway\(index)", in: "vpc.yaml")
            state.add(
                NATGateway(
                    address: nat, subnet: link("PublicSubnet\(index)"), allocation: link("NatGateway\(index)EIP"),
                    connectivityType: .defaulted("public", at: nat.origin)))
        }
        state.add(
            routeTable(
                "PublicRouteTable", route: "DefaultPublicRoute", to: "InternetGateway",
                kind: "GatewayId", subnets: ["PublicSubnet1", "PublicSubnet2"]))
        for index in 1...2 {
            state.add(
                routeTable(
                    "PrivateRouteTable\(index)", route: "DefaultPrivateRoute\(index)",
                    to: "NatGateway\(index)", kind: "NatGatewayId", subnets: ["PrivateSubnet\(index)"]))
        }
        let group = address("EC2::SecurityGroup", "LabSecurityGroup", in: "vpc.yaml")
        state.add(
            SecurityGroup(
                address: group, description: value("Lab hosts", group), groupName: nil, vpc: link("VPC"),
                ingressRules: [], egressRules: []))
        return state
    }

    private func routeTable(
        _ name: String, route routeName: String, to target: String, kind: String, subnets: [String]
    ) -> RouteTable {
        let table = address("EC2::RouteTable", name, in: "vpc.yaml")
        let routeAddress = address("EC2::Route", routeName, in: "vpc.yaml")
        let route = Route(
            address: routeAddress, destination: value("0.0.0.0/0", routeAddress), target: link(target),
            targetKind: kind)
        return RouteTable(address: table, vpc: link("VPC"), routes: [route], subnets: subnets.map { link($0) })
    }

    private func instance() -> EC2Instance {
        let instance = address("EC2::Instance", "LabInstance", in: "ec2.json")
        let root = BlockDevice(
            deviceName: "/dev/xvda", origin: instance.origin, isEBS: true,
            encrypted: .defaulted(false, at: instance.origin), kmsKeyID: nil)
        return EC2Instance(
            address: instance, metadataOptions: .defaults(at: instance.origin), rootBlockDevice: root,
            subnet: link("PublicSubnet1"), securityGroups: [link("LabSecurityGroup")])
    }

    private func bucket(_ logicalID: String, in file: String) -> S3Bucket {
        let bucket = address("S3::Bucket", logicalID, in: file)
        return S3Bucket(
            address: bucket, name: .unresolved("depends on AWS::AccountId", at: bucket.origin),
            encryptionRules: .defaulted([], at: bucket.origin), versioningStatus: nil,
            mfaDelete: .unresolved("not set by CloudFormation", at: bucket.origin), logging: nil,
            publicAccessBlock: nil, acl: .defaulted("private", at: bucket.origin), policies: [],
            replicationDestinations: [], objectLockEnabled: .defaulted(false, at: bucket.origin), hostsWebsite: false)
    }

    // MARK: - Results

    /// trivy's 18 findings on the baseline, at its lines, plus a passed and an unknown verdict.
    func baselineResults() -> [CheckResult] {
        var results: [CheckResult] = []
        func fail(_ rule: String, _ type: String, _ name: String, _ file: String, line: Int, _ detail: LocalizedText?) {
            let resource = address(type, name, in: file)
            let origin = Origin.source(RempartSupport.SourceLocation(file: file, line: line, column: 11))
            results.append(
                CheckResult(ruleID: rule, resource: resource, status: .failed, origin: origin, detail: detail))
        }
        fail(
            "AVD-AWS-0028", "EC2::Instance", "LabInstance", "ec2.json", line: 28,
            LocalizedText(
                "`MetadataOptions` not set, so IMDSv1 stays enabled",
                fr: "`MetadataOptions` absent : IMDSv1 reste activé"))
        fail(
            "AVD-AWS-0131", "EC2::Instance", "LabInstance", "ec2.json", line: 39,
            LocalizedText("root volume `/dev/xvda` not encrypted", fr: "volume racine `/dev/xvda` non chiffré"))
        fail("AVD-AWS-0089", "S3::Bucket", "LabBucket", "s3.json", line: 26, nil)
        fail(
            "AVD-AWS-0178", "EC2::VPC", "VPC", "vpc.yaml", line: 38,
            LocalizedText("no flow log captures this VPC", fr: "aucun journal de flux ne capte ce VPC"))
        fail(
            "AVD-AWS-0164", "EC2::Subnet", "PublicSubnet1", "vpc.yaml", line: 67,
            LocalizedText("`MapPublicIpOnLaunch: true`", fr: "`MapPublicIpOnLaunch: true`"))
        fail(
            "AVD-AWS-0164", "EC2::Subnet", "PublicSubnet2", "vpc.yaml", line: 78,
            LocalizedText("`MapPublicIpOnLaunch: true`", fr: "`MapPublicIpOnLaunch: true`"))
        let ports = [
            (212, 22), (216, 80), (220, 443), (224, 53), (228, 1433), (232, 3306), (236, 5432), (240, 3389),
            (244, 1514), (248, 9200),
        ]
        for (line, port) in ports {
            let range = port == 9200 ? "9200-9300" : "\(port)"
            fail(
                "AVD-AWS-0124", "EC2::SecurityGroup", "LabSecurityGroup", "vpc.yaml", line: line,
                LocalizedText(
                    "ingress rule for TCP \(range) has no `Description`",
                    fr: "la règle d'entrée TCP \(range) n'a pas de `Description`"))
        }
        for (line, port) in [(215, 22), (243, 3389)] {
            fail(
                "AVD-AWS-0107", "EC2::SecurityGroup", "LabSecurityGroup", "vpc.yaml", line: line,
                LocalizedText("TCP port \(port) open to 0.0.0.0/0", fr: "port TCP \(port) ouvert à 0.0.0.0/0"))
        }
        let bucket = address("S3::Bucket", "LabBucket", in: "s3.json")
        results.append(CheckResult(ruleID: "AVD-AWS-0088", resource: bucket, status: .passed, origin: bucket.origin))
        results.append(
            CheckResult(
                ruleID: "AVD-AWS-0132", resource: bucket, status: .unknown(reason: "key ARN known after deployment"),
                origin: bucket.origin))
        return results
    }
}
