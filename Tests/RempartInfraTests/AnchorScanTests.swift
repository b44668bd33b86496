import Foundation
import RempartInfra
import Testing

/// Runs trivy from the anchor-tools venv on the synthesized templates; skipped when the venv is absent.
struct AnchorScanTests {
    /// The failed checks trivy reports, as `file ID` strings with the `AVD-` prefix removed.
    private func trivyFailures(in directory: URL, venv: URL) throws -> [String] {
        let process = Process()
        process.executableURL = venv.appendingPathComponent("bin/trivy")
        process.arguments = [
            "fs", "--format", "json", "--cache-dir", venv.appendingPathComponent("trivy-cache").path,
            "--scanners", "misconfig", "--misconfig-scanners", "cloudformation", "--skip-check-update",
            "--skip-db-update", "--skip-java-db-update", "--offline-scan", "--skip-version-check",
            "--disable-telemetry", directory.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()

        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var failures: [String] = []
        for result in report["Results"] as? [[String: Any]] ?? [] {
            let target = result["Target"] as? String ?? "?"
            for misconfiguration in result["Misconfigurations"] as? [[String: Any]] ?? []
            where misconfiguration["Status"] as? String == "FAIL" {
                let id = (misconfiguration["ID"] as? String ?? "?").replacingOccurrences(of: "AVD-", with: "")
                failures.append("\(target) \(id)")
            }
        }
        return failures.sorted()
    }

    @Test(.enabled(if: InfraTestSupport.anchorsVenv != nil, "the anchor-tools venv is not installed"))
    func trivyReportsLabCountsOnBaseline() throws {
        let venv = try #require(InfraTestSupport.anchorsVenv)
        let directory = try InfraTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Synthesizer.write(profile: .baseline, to: directory)

        let failures = try trivyFailures(in: directory, venv: venv)

        let expected =
            ["ec2.json AWS-0028", "ec2.json AWS-0131", "s3.json AWS-0089"] + ["vpc.yaml AWS-0107"].repeated(2)
            + ["vpc.yaml AWS-0124"].repeated(10) + ["vpc.yaml AWS-0164"].repeated(2) + ["vpc.yaml AWS-0178"]
        #expect(failures == expected.sorted())
    }

    /// trivy's CloudFormation adapter reads a trail's key from `KmsKeyId`, but CloudFormation
    /// names the property `KMSKeyId` (and rejects `KmsKeyId`), so AWS-0015 fires on a trail that
    /// is encrypted. That false positive is the only finding allowed on the hardened profile.
    @Test(.enabled(if: InfraTestSupport.anchorsVenv != nil, "the anchor-tools venv is not installed"))
    func trivyReportsOnlyTrailKeyFalsePositiveOnHardened() throws {
        let venv = try #require(InfraTestSupport.anchorsVenv)
        let directory = try InfraTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Synthesizer.write(profile: .hardened, to: directory)

        #expect(try trivyFailures(in: directory, venv: venv) == ["s3.json AWS-0015"])
    }
}

extension Array {
    /// The array's elements repeated `count` times.
    fileprivate func repeated(_ count: Int) -> [Element] {
        (0..<count).flatMap { _ in self }
    }
}
