import Foundation
import RempartAWS
import RempartCLI
import RempartSupport
import Testing

/// The emulator the audit tests run against: `REMPART_TEST_ENDPOINT`, set by `scripts/test`.
private let auditTestEndpoint: URL? =
    ProcessInfo.processInfo.environment["REMPART_TEST_ENDPOINT"].flatMap { $0.isEmpty ? nil : URL(string: $0) }

/// `rempart audit` run in process against the emulator: formats, suppressions, drift and exit codes.
@Suite(.serialized, .emulatorLock, .enabled(if: auditTestEndpoint != nil, "set REMPART_TEST_ENDPOINT (scripts/test does)"))
struct AuditCommandTests {
    static var endpoint: URL? { auditTestEndpoint }

    /// The IDs of the small account the tests audit.
    struct Account {
        var groupID: String
        var subnetID: String
    }

    /// What one run printed and returned.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Resets the emulator and creates a world-open security group, a subnet that maps public
    /// IPs and a bucket, with `groupTags` on the group.
    private func prepare(groupTags: [String: String] = [:]) async throws -> Account {
        let endpoint = try #require(Self.endpoint)
        try await LocalEmulator.reset(endpoint)
        let client = AWSClient(
            configuration: AWSConfiguration(
                region: "us-east-1", credentials: AWSCredentials(accessKeyID: "testing", secretAccessKey: "testing"),
                endpointURL: endpoint))
        let ec2 = EC2(client: client)
        let vpc = try await ec2.createVPC(cidrBlock: "10.1.0.0/16", tags: ["Name": "audit-cli"])
        let subnet = try await ec2.createSubnet(vpcID: vpc.id, cidrBlock: "10.1.0.0/24", availabilityZone: "us-east-1a")
        try await ec2.modifySubnet(id: subnet.id, mapsPublicIPOnLaunch: true)
        let group = try await ec2.createSecurityGroup(
            name: "audit-cli-sg", description: "Audit CLI test", vpcID: vpc.id, tags: groupTags)
        try await ec2.authorizeIngress(
            groupID: group,
            permissions: [
                EC2.IPPermission(ipProtocol: "tcp", fromPort: 22, toPort: 22, ipRanges: [EC2.IPPermission.IPRange("0.0.0.0/0")])
            ])
        try await S3(client: client).createBucket("audit-cli-data")
        return Account(groupID: group, subnetID: subnet.id)
    }

    private func audit(_ arguments: [String], in directory: String = FileManager.default.temporaryDirectory.path,
        endpoint: String? = nil) async throws -> Run
    {
        let url = try endpoint ?? #require(Self.endpoint).absoluteString
        let output = BufferedOutput()
        let errors = BufferedOutput()
        let context = CommandContext(
            environment: [
                "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_MAX_ATTEMPTS": "1",
                "HOME": directory,
            ],
            workingDirectory: directory, language: .english, standardOutput: output, standardError: errors)
        let status = await Rempart.main(
            arguments: ["audit", "--region", "us-east-1", "--endpoint-url", url] + arguments, context: context)
        return Run(status: status, stdout: output.text, stderr: errors.text)
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Returns the findings of a JSON report as `RULE resource region suppressed`, sorted.
    private func findingRows(_ report: [String: Any]) -> [String] {
        let findings = report["findings"] as? [[String: Any]] ?? []
        return findings.map { finding in
            let resource = finding["resource"] as? [String: Any] ?? [:]
            let suppressed = (finding["suppressed"] as? Bool) == true ? " suppressed" : ""
            return "\(finding["ruleId"] ?? "") \(resource["logicalId"] ?? "") \(resource["region"] ?? "")\(suppressed)"
        }.sorted()
    }

    @Test func jsonNamesLiveResourcesAndRegion() async throws {
        let account = try await prepare()
        let run = try await audit(["-f", "json"])
        #expect(run.status == 1)
        let report = try json(run.stdout)
        let rows = findingRows(report)
        #expect(rows.contains("AVD-AWS-0107 \(account.groupID) us-east-1"))
        #expect(rows.contains("AVD-AWS-0164 \(account.subnetID) us-east-1"))
        #expect(rows.contains("AVD-AWS-0089 audit-cli-data us-east-1"))
        #expect((report["gaps"] as? [Any])?.isEmpty == true)
        #expect((report["drift"] as? [Any])?.isEmpty == true)
        #expect(run.stderr.hasPrefix("rempart: aws:us-east-1: "))
    }

    @Test func sarifLogicalLocationIsResourceID() async throws {
        let account = try await prepare()
        let run = try await audit(["-f", "sarif", "--fail-on", "none"])
        #expect(run.status == 0)
        let log = try json(run.stdout)
        let results = ((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let ssh = try #require(results.first { ($0["ruleId"] as? String) == "AVD-AWS-0107" })
        let location = try #require((ssh["locations"] as? [[String: Any]])?.first)
        let logical = try #require((location["logicalLocations"] as? [[String: Any]])?.first)
        #expect(logical["name"] as? String == account.groupID)
        #expect(location["physicalLocation"] == nil)
    }

    @Test func tagAndIgnoreFileSuppress() async throws {
        let account = try await prepare(groupTags: ["rempart:ignore": "AVD-AWS-0107,AVD-AWS-0124"])
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("audit-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data("AVD-AWS-0164 \(account.subnetID)  # reviewed\n".utf8)
            .write(to: scratch.appendingPathComponent(".rempartignore"))

        let run = try await audit(["-f", "json"], in: scratch.path)
        let rows = findingRows(try json(run.stdout))
        #expect(rows.contains("AVD-AWS-0107 \(account.groupID) us-east-1 suppressed"))
        #expect(rows.contains("AVD-AWS-0164 \(account.subnetID) us-east-1 suppressed"))
        #expect(rows.contains("AVD-AWS-0089 audit-cli-data us-east-1"))
    }

    @Test func tableShowsDriftAgainstTemplate() async throws {
        let account = try await prepare()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("audit-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let template = """
            Resources:
              Group:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupName: audit-cli-sg
                  GroupDescription: Audit CLI test
                  SecurityGroupIngress:
                    - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
              Archive:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: audit-cli-archive
            """
        try Data(template.utf8).write(to: scratch.appendingPathComponent("account.yaml"))

        let run = try await audit(["--template", "account.yaml", "--fail-on", "none"], in: scratch.path)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Drift: differences between the templates and the account"))
        let driftLines = run.stdout.split(separator: "\n").filter { $0.contains("modified") || $0.contains("missing") || $0.contains("unmanaged") }
        #expect(driftLines.count == 4)
        #expect(driftLines.contains { $0.contains("missing") && $0.contains("Archive") })
        #expect(driftLines.contains { $0.contains(account.groupID) && $0.contains("tcp 22-22 0.0.0.0/0") })
        #expect(driftLines.contains { $0.contains(account.groupID) && $0.contains("tcp 443-443 0.0.0.0/0") })
        #expect(driftLines.contains { $0.contains("unmanaged") && $0.contains("audit-cli-data") })
    }

    @Test func unreachableEndpointExitsWithTwo() async throws {
        // Port 9 (discard) is closed on 127.0.0.1, so every read fails at once.
        let run = try await audit(["-f", "json"], endpoint: "http://127.0.0.1:9")
        #expect(run.status == 2)
        let gaps = try json(run.stdout)["gaps"] as? [[String: Any]] ?? []
        #expect(Set(gaps.compactMap { $0["operation"] as? String }).isSuperset(of: ["DescribeVpcs", "ListBuckets", "ListRoles"]))
    }

    @Test func sarifListsGapsAsNotifications() async throws {
        let run = try await audit(["-f", "sarif"], endpoint: "http://127.0.0.1:9")
        #expect(run.status == 2)
        let sarifRun = try #require((try json(run.stdout)["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((sarifRun["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == true)
        let notifications = invocation["toolExecutionNotifications"] as? [[String: Any]] ?? []
        let messages = notifications.compactMap { ($0["message"] as? [String: Any])?["text"] as? String }
        #expect(messages.contains { $0.hasPrefix("ec2 DescribeVpcs failed: ") })
        #expect(notifications.allSatisfy { $0["level"] as? String == "warning" })
    }
}
