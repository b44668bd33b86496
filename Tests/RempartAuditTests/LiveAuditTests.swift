import Foundation
import RempartAWS
import RempartAudit
import RempartModel
import RempartReport
import RempartScanner
import Testing

/// Audits the lab built in the emulator with plain API calls and checks the findings name the
/// right live resources.
@Suite(.serialized, .emulatorLock, .enabled(if: TestEmulator.isAvailable, "set REMPART_TEST_ENDPOINT (scripts/test does)"))
struct LiveAuditTests {
    /// Resets the emulator, removes its default VPC and builds the lab in `profile`.
    private func deploy(_ profile: LabAccount.Profile) async throws -> (LabAccount, AWSClient) {
        try await TestEmulator.reset()
        let client = try TestEmulator.client()
        try await LabAccount.removeDefaultVPC(EC2(client: client))
        return (try await LabAccount.build(profile, client: client), client)
    }

    /// Returns the active findings as `RULE resource`, sorted.
    private func findings(_ result: ScanResult) -> [String] {
        result.activeFindings.map { "\($0.rule.id) \($0.resource.name)" }.sorted()
    }

    @Test func baselineReportsLabWeaknesses() async throws {
        let (lab, client) = try await deploy(.baseline)
        let inventory = await LiveAuditor(client: client).collect()
        let result = LiveEvaluation.evaluate(inventory, options: ScanOptions())

        #expect(inventory.state.gaps == [])
        let group = lab.securityGroupID
        var expected = [
            "AVD-AWS-0107 \(group)", "AVD-AWS-0107 \(group)",
            "AVD-AWS-0104 \(group)", "AVD-AWS-0104 \(lab.defaultSecurityGroupID)",
            "AVD-AWS-0089 \(lab.dataBucket)", "AVD-AWS-0089 \(lab.logBucket)",
            "RMP-AWS-0403 \(lab.logBucket)",
            "RMP-AWS-0240 \(group)",
        ]
        expected += Array(repeating: "AVD-AWS-0124 \(group)", count: 11)
        expected += ["AVD-AWS-0124 \(lab.defaultSecurityGroupID)"]
        expected += lab.publicSubnetIDs.map { "AVD-AWS-0164 \($0)" }
        for instance in lab.instanceIDs {
            // Both instances sit in public subnets, so each gets a public IP.
            expected += ["AVD-AWS-0028 \(instance)", "AVD-AWS-0131 \(instance)", "RMP-AWS-0400 \(instance)"]
            expected += ["RMP-AWS-0238 \(instance)"]
        }
        expected += Array(repeating: "RMP-AWS-0001 \(group)", count: 6)
        #expect(findings(result) == expected.sorted())
    }

    @Test func hardenedLabHasNoFindings() async throws {
        let (lab, client) = try await deploy(.hardened)
        let inventory = await LiveAuditor(client: client).collect()
        let result = LiveEvaluation.evaluate(inventory, options: ScanOptions())

        #expect(inventory.state.gaps == [])
        #expect(findings(result) == [])
        #expect(result.undecidedCount == 0)
        // Each live-only rule ran on the hardened resources and passed.
        #expect(inventory.state.all(EC2Instance.self).map(\.address.name).sorted() == lab.instanceIDs.sorted())
        #expect(inventory.state.all(CloudTrailTrail.self).map(\.isLogging.value) == [true])
        #expect(inventory.state.all(FlowLog.self).map(\.status?.value) == ["ACTIVE"])
        let profiles = inventory.state.all(EC2Instance.self).map { $0.iamInstanceProfile?.value?.literal ?? "" }
        #expect(profiles.allSatisfy { $0.hasSuffix("instance-profile/\(lab.roleName)") })
        let templates = inventory.state.all(EC2LaunchTemplate.self)
        #expect(templates.map { $0.name?.value } == ["polystudent-hardened"])
        #expect(templates.map(\.metadataOptions.httpTokens.value) == ["required"])
        #expect(templates.map { $0.rootBlockDevice?.encrypted.value } == [true])
        let roles = inventory.state.all(IAMRole.self)
        #expect(roles.map(\.address.name) == [lab.roleName])
        #expect(roles.first?.inlinePolicies.map(\.name.value) == ["read-source-code"])
    }

    @Test func deniedReadBecomesGap() async throws {
        let (lab, _) = try await deploy(.baseline)
        let proxy = try DenyingProxy(upstream: try #require(TestEmulator.endpoint), denying: ["logging"])
        let client = try TestEmulator.client(endpoint: proxy.endpoint)
        let inventory = await LiveAuditor(client: client).collect()
        await proxy.stop()
        let result = LiveEvaluation.evaluate(inventory, options: ScanOptions())

        let gaps = inventory.state.gaps.sorted { ($0.resourceID ?? "") < ($1.resourceID ?? "") }
        #expect(
            gaps == [lab.dataBucket, lab.logBucket].sorted().map { bucket in
                AWSState.Gap(
                    service: "s3", operation: "GetBucketLogging", resourceID: bucket,
                    reason: "AccessDenied (HTTP 403): Access Denied")
            })
        #expect(result.gaps == inventory.state.gaps)
        // The logging rule is undecided on both buckets instead of passing or failing.
        #expect(!findings(result).contains { $0.hasPrefix("AVD-AWS-0089 ") })
        #expect(result.undecidedCount == 2)
        #expect(findings(result).contains("RMP-AWS-0403 \(lab.logBucket)"))

        // In French, the gap and the undecided checks give their reasons in French, quoting AWS's message.
        let french = "AccessDenied (HTTP 403) : « Access Denied »"
        #expect(gaps.map(\.localizedReason.french) == [french, french])
        #expect(
            result.undecided.map { $0.localizedReason(.french) }
                == Array(repeating: "échec de GetBucketLogging : \(french)", count: 2))
        #expect(result.undecided.map(\.reason) == Array(repeating: "GetBucketLogging failed: \(gaps[0].reason)", count: 2))
        let table = TableReporter(options: ReportOptions(language: .french, listsUndecided: true)).render(result)
        #expect(table.contains("échec de GetBucketLogging : \(french)\n"))
        #expect(table.contains(french))
        #expect(!table.contains("Access Denied\n"))
        let sarif = try SARIFReporter(options: ReportOptions(language: .french)).render(result)
        #expect(sarif.contains("échec de s3 GetBucketLogging (\(lab.dataBucket)) : \(french)"))
    }

    @Test func unreadableKeyLeavesItsChecksUndecided() async throws {
        let (lab, _) = try await deploy(.hardened)
        let proxy = try DenyingProxy(
            upstream: try #require(TestEmulator.endpoint), denying: ["Target=TrentService.DescribeKey"])
        let client = try TestEmulator.client(endpoint: proxy.endpoint)
        let inventory = await LiveAuditor(client: client).collect()
        await proxy.stop()
        let result = LiveEvaluation.evaluate(inventory, options: ScanOptions())

        // The warning says the key's checks are undecided, so the summary counts them.
        let keyID = try #require(lab.keyARN.split(separator: "/").last.map(String.init))
        #expect(inventory.state.gaps.map(\.operation) == ["DescribeKey"])
        #expect(inventory.state.gaps.map(\.resourceID) == [keyID])
        #expect(inventory.state.all(KMSKey.self).map(\.address.name) == [keyID])
        let keyChecks = result.undecided.filter { $0.resource.name == keyID }
        #expect(keyChecks.map(\.ruleID).sorted() == ["RMP-AWS-0100", "RMP-AWS-0101"])
        #expect(result.undecidedCount == result.undecided.count)
        #expect(!result.activeFindings.contains { $0.resource.name == keyID })
    }

    @Test func auditOfLabCountsItsCalls() async throws {
        _ = try await deploy(.baseline)
        let transport = CountingTransport()
        let inventory = await LiveAuditor(client: try TestEmulator.client(transport: transport)).collect()

        // One read per listing, one more for KMS aliases, and eight per bucket; no retries.
        #expect(transport.count == inventory.callCount)
        #expect(inventory.callCount == 33)
        #expect(inventory.callCounts["GetBucketLogging"] == 2)
        #expect(inventory.callCounts["DescribeInstances"] == 1)
        #expect(inventory.callCounts["DescribeRouteTables"] == 1)
    }
}
