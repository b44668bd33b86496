import Foundation
import RempartAWS
import Testing

/// `rempart report --audit` and `rempart diagram --audit` on an emulator holding the deployed lab baseline.
struct ReportAuditTests {
    /// The audit tests' emulator (`REMPART_TEST_ENDPOINT_AUDIT`, else `REMPART_TEST_ENDPOINT`), or nil when
    /// these runs are skipped.
    static var emulator: String? {
        let environment = ProcessInfo.processInfo.environment
        return [environment["REMPART_TEST_ENDPOINT_AUDIT"], environment["REMPART_TEST_ENDPOINT"]]
            .compactMap { $0 }.first { !$0.isEmpty }
    }

    /// Credentials and region for the emulator, which accepts any credentials.
    static let awsEnvironment = [
        "AWS_ACCESS_KEY_ID": "AKIDCLITEST", "AWS_SECRET_ACCESS_KEY": "cli-test", "AWS_REGION": "us-east-1",
        "AWS_MAX_ATTEMPTS": "1",
    ]

    @Test func auditWithPathIsUsageError() throws {
        let run = try RempartProcess.run(["report", "--audit", "-o", "-", "lab/cloudformation"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("error: unexpected argument 'lab/cloudformation'"))
    }

    @Test(.enabled(if: emulator != nil, "neither REMPART_TEST_ENDPOINT_AUDIT nor REMPART_TEST_ENDPOINT is set"))
    func reportsDeployedBaseline() async throws {
        let endpoint = try #require(Self.emulator)
        let url = try #require(URL(string: endpoint))
        try await EmulatorLock.withLock(url) {
            let scratch = try Scratch()
            defer { scratch.remove() }
            try await LocalEmulator.reset(url)
            let deploy = try RempartProcess.run(
                [
                    "deploy", "--lab-profile", "baseline", "--name", "lab", "--endpoint-url", endpoint, "--yes",
                    "--accept-findings",
                ],
                in: scratch.url, environment: Self.awsEnvironment)
            #expect(deploy.status == 0, "\(deploy.stderr)")
            let state = try JSONSerialization.jsonObject(
                with: Data(contentsOf: scratch.url.appendingPathComponent(".rempart/deployments/lab.json")))
            let resources = try #require((state as? [String: Any])?["resources"] as? [String: [String: Any]])
            func id(_ step: String) throws -> String { try #require(resources[step]?["id"] as? String) }

            // English HTML: one self-contained page with the diagram and the live IDs.
            let english = try RempartProcess.run(
                ["report", "--audit", "--endpoint-url", endpoint, "-o", "x.html"], in: scratch.url,
                environment: Self.awsEnvironment)
            #expect(english.status == 0, "\(english.stderr)")
            #expect(english.stderr.contains("rempart: aws:us-east-1: "))
            #expect(english.stderr.hasSuffix("rempart: wrote x.html\n"))
            let html = try String(contentsOf: scratch.url.appendingPathComponent("x.html"), encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(!html.contains("<script"))
            #expect(html.contains("<svg"))
            #expect(html.contains("us-east-1"))
            for step in ["LabSecurityGroup", "PublicSubnet1", "PublicSubnet2", "LinuxPublicAZ1", "WindowsPrivateAZ2",
                "LabBucket", "VPC"]
            {
                #expect(html.contains(try id(step)), "\(step)")
            }
            // The account ID read through STS heads the report, and live resources carry their Name tag.
            #expect(html.contains("account 123456789012, region us-east-1"))
            #expect(!html.contains("unknown account"))
            #expect(html.contains("tp4-linux-public-AZ1 (\(try id("LinuxPublicAZ1"))"))
            #expect(html.contains("polystudent-vpc (\(try id("VPC")))"))
            #expect(html.contains("One row per check and resource, most severe first."))
            #expect(html.contains("AVD-AWS-0107"))
            #expect(html.contains("AVD-AWS-0028"))
            #expect(html.contains("AVD-AWS-0089"))
            #expect(!html.contains("AVD-AWS-0088"))

            // French HTML and a French SVG diagram of the same account.
            let french = try RempartProcess.run(
                ["report", "--audit", "--endpoint-url", endpoint, "--lang", "fr", "-o", "rapport.html"],
                in: scratch.url, environment: Self.awsEnvironment)
            #expect(french.status == 0, "\(french.stderr)")
            let rapport = try String(contentsOf: scratch.url.appendingPathComponent("rapport.html"), encoding: .utf8)
            #expect(rapport.contains("<html lang=\"fr-CA\">"))
            #expect(!rapport.contains("<script"))
            #expect(rapport.contains("<svg"))
            #expect(rapport.contains(try id("LabSecurityGroup")))
            #expect(rapport.contains("compte 123456789012, région us-east-1"))
            #expect(rapport.contains("Une ligne par vérification et par ressource, les plus graves d&#39;abord."))

            let diagram = try RempartProcess.run(
                ["diagram", "--audit", "--endpoint-url", endpoint, "-o", "-"], in: scratch.url,
                environment: Self.awsEnvironment)
            #expect(diagram.status == 0, "\(diagram.stderr)")
            #expect(diagram.stdout.hasPrefix("<svg"))
            #expect(diagram.stdout.contains(try id("VPC")))
            #expect(diagram.stdout.contains(try id("LinuxPublicAZ1")))
            #expect(diagram.stdout.contains(">tp4-linux-public-AZ1 (\(try id("LinuxPublicAZ1")))</text>"))
        }
    }
}
