import Foundation
import RempartAWS
import RempartAudit
import RempartDeploy
import RempartInfra
import RempartScanner
import Testing

/// The emulator the lab deployments go to: `REMPART_TEST_ENDPOINT_AUDIT`, else `REMPART_TEST_ENDPOINT`.
let labAuditEndpoint: URL? = {
    let environment = ProcessInfo.processInfo.environment
    let text = [environment["REMPART_TEST_ENDPOINT_AUDIT"], environment["REMPART_TEST_ENDPOINT"]]
        .compactMap { $0 }.first { !$0.isEmpty }
    return text.flatMap(URL.init(string:))
}()

/// Deploys the lab with Rempart's API deployer, audits the account and checks each finding's live resource.
@Suite(
    .serialized, EmulatorLock(endpoint: labAuditEndpoint),
    .enabled(if: labAuditEndpoint != nil, "set REMPART_TEST_ENDPOINT_AUDIT or REMPART_TEST_ENDPOINT (scripts/test does)"))
struct LabDeployAuditTests {
    /// What one deployment left: its resource IDs by step ID, the account as the audit read it,
    /// and the audit's findings.
    struct Audited {
        var ids: [String: String]
        var inventory: LiveInventory
        var result: ScanResult

        /// The active findings on the deployment's resources, as `RULE step`, sorted. The
        /// emulator's default VPC, subnets and security groups are left out.
        var rows: [String] {
            var steps: [String: String] = [:]
            for (step, id) in ids { steps[id] = steps[id].map { min($0, step) } ?? step }
            return result.activeFindings.compactMap { finding in
                steps[finding.resource.name].map { "\(finding.rule.id) \($0)" }
            }.sorted()
        }
    }

    /// Returns a client for the lab emulator, at `endpoint` when given (a proxy in front of it).
    func client(endpoint: URL? = nil) throws -> AWSClient {
        let url = try #require(endpoint ?? labAuditEndpoint)
        let configuration = AWSConfiguration(
            region: "us-east-1", credentials: AWSCredentials(accessKeyID: "testing", secretAccessKey: "testing"),
            endpointURL: url)
        return AWSClient(configuration: configuration)
    }

    /// Resets the emulator, deploys `profile` as deployment `lab` and returns the resource IDs by step ID.
    func deploy(_ profile: LabProfile) async throws -> [String: String] {
        try await LocalEmulator.reset(try #require(labAuditEndpoint))
        let client = try client()
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("rempart-lab-audit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let deployer = APIDeployer(services: AWSServices(client: client), directory: directory, pollInterval: 0.05)
        try await deployer.deploy(LabDeploymentPlan(name: "lab", profile: profile)) { _ in }
        let state = try #require(try StateStore.load(deployer.stateURL(name: "lab")))
        var ids: [String: String] = [:]
        for (step, record) in state.resources where !record.isLookup {
            // An Elastic IP is recorded by its public IP, as `Ref` returns it; the audit names it by allocation ID.
            ids[step] = record.attributes["AllocationId"] ?? record.id
        }
        return ids
    }

    /// Deploys `profile` as deployment `lab`, audits the account with `options` and expects no gap.
    func deployAndAudit(_ profile: LabProfile, options: ScanOptions = ScanOptions()) async throws -> Audited {
        let ids = try await deploy(profile)
        let inventory = await LiveAuditor(client: try client()).collect()
        #expect(inventory.state.gaps.isEmpty)
        return Audited(ids: ids, inventory: inventory, result: LiveEvaluation.evaluate(inventory, options: options))
    }

    @Test func baselineFindingsNameTheLabResources() async throws {
        let audited = try await deployAndAudit(.baseline)
        let instances = ["LinuxPublicAZ1", "LinuxPublicAZ2", "WindowsPrivateAZ1", "WindowsPrivateAZ2"]
        var expected = [
            "AVD-AWS-0089 LabBucket",
            "AVD-AWS-0104 LabSecurityGroup",
            "AVD-AWS-0107 LabSecurityGroup", "AVD-AWS-0107 LabSecurityGroup",
            "AVD-AWS-0164 PublicSubnet1", "AVD-AWS-0164 PublicSubnet2",
            "AVD-AWS-0178 VPC",
            "RMP-AWS-0238 LinuxPublicAZ1", "RMP-AWS-0238 LinuxPublicAZ2",
            "RMP-AWS-0240 LabSecurityGroup",
        ]
        expected += Array(repeating: "AVD-AWS-0124 LabSecurityGroup", count: 11)
        expected += Array(repeating: "RMP-AWS-0001 LabSecurityGroup", count: 6)
        expected += instances.flatMap { ["AVD-AWS-0028 \($0)", "AVD-AWS-0131 \($0)", "RMP-AWS-0400 \($0)"] }
        #expect(audited.rows == expected.sorted())

        // The findings carry the live IDs, and what the baseline does set up is not reported.
        let group = try #require(audited.ids["LabSecurityGroup"])
        #expect(group.hasPrefix("sg-"))
        let worldOpen = audited.result.activeFindings.filter { $0.rule.id == "AVD-AWS-0107" }
        #expect(worldOpen.map(\.resource.name) == [group, group])
        #expect(worldOpen.allSatisfy { $0.resource.region == "us-east-1" })
        #expect(worldOpen.allSatisfy { $0.resource.file == nil })
        let inPlace = ["AVD-AWS-0088", "AVD-AWS-0090", "AVD-AWS-0132", "AVD-AWS-0086", "AVD-AWS-0087", "AVD-AWS-0091",
            "AVD-AWS-0093", "AVD-AWS-0094"]
        #expect(!audited.result.findings.contains { inPlace.contains($0.rule.id) })
        #expect(!audited.rows.contains { $0.hasSuffix("PrivateSubnet1") || $0.hasSuffix("PrivateSubnet2") })
    }

    /// The hardened profile applies the lab's mitigation table and the checks beyond it: restricted and
    /// documented egress, access logs on every bucket, a KMS-encrypted trail sent to CloudWatch Logs,
    /// rotated keys and a least-privilege instance role.
    @Test func hardenedDeploymentAuditsClean() async throws {
        let audited = try await deployAndAudit(.hardened)
        #expect(audited.rows == [])
        let lab = ["AVD-AWS-0028", "AVD-AWS-0107", "AVD-AWS-0131", "AVD-AWS-0164", "AVD-AWS-0178", "RMP-AWS-0001"]
        #expect(!audited.rows.contains { lab.contains(String($0.prefix(12))) })
    }
}
