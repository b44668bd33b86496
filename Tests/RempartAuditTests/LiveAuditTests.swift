import Foundation
import RempartAWS
import RempartAudit
import RempartModel
import RempartScanner
import Testing

/// Audits the lab built in the emulator with plain API calls and checks the findings name the
/// right live resources.
@Suite(.serialized, .enabled(if: TestEmulator.isAvailable, "set REMPART_TEST_ENDPOINT (scripts/test does)"))
struct LiveAuditTests {
    /// Resets the emulator, removes its default VPC and builds the lab in `profile`.
    private func deploy(_ profile: LabAccount.Profile) async throws -> (LabAccount, AWSClient) {
        try await TestEmulator.reset()
        let client = try TestEmulator.client()
        try await LabAccount.removeDefaultVPC(EC2(client: client))
        return (try await LabAccount.build(profile, client: client), client)
    }

    /// The active findings as `RULE resource`, sorted.
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
        ]
        expected += Array(repeating: "AVD-AWS-0124 \(group)", count: 11)
        expected += ["AVD-AWS-0124 \(lab.defaultSecurityGroupID)"]
        expected += lab.publicSubnetIDs.map { "AVD-AWS-0164 \($0)" }
        for instance in lab.instanceIDs {
            expected += ["AVD-AWS-0028 \(instance)", "AVD-AWS-0131 \(instance)", "RMP-AWS-0400 \(instance)"]
        }
        expected += Array(repeating: "RMP-AWS-0001 \(group)", count: 6)
        #expect(findings(result) == expected.sorted())
    }
}
