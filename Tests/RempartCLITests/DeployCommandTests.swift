import Foundation
import RempartAWS
import RempartSupport
import Testing

@testable import RempartCLI

/// `rempart deploy` and `rempart destroy`: help, usage errors, the scan gate, and a full run on the emulator.
struct DeployCommandTests {
    /// The deployment tests' emulator (`REMPART_TEST_ENDPOINT_DEPLOY`, else `REMPART_TEST_ENDPOINT`), or nil when
    /// the end-to-end runs are skipped.
    static var emulator: String? {
        let environment = ProcessInfo.processInfo.environment
        return [environment["REMPART_TEST_ENDPOINT_DEPLOY"], environment["REMPART_TEST_ENDPOINT"]]
            .compactMap { $0 }.first { !$0.isEmpty }
    }

    /// Credentials and region for the emulator; any credentials are accepted there.
    static let awsEnvironment = [
        "AWS_ACCESS_KEY_ID": "AKIDCLITEST", "AWS_SECRET_ACCESS_KEY": "cli-test", "AWS_REGION": "us-east-1",
    ]

    @Test(arguments: [Language.english, .french])
    func deployAndDestroyHelp(_ language: Language) throws {
        let formatter = HelpFormatter(root: Rempart.rootSpec, language: language)
        try Snapshot.check(formatter.help(for: ["rempart", "deploy"]), named: "help-deploy.\(language.rawValue).txt")
        try Snapshot.check(formatter.help(for: ["rempart", "destroy"]), named: "help-destroy.\(language.rawValue).txt")
        for path in [["rempart", "deploy"], ["rempart", "destroy"]] {
            for line in formatter.help(for: path).split(separator: "\n") {
                #expect(line.count <= 80, "\(language) \(path): \(line)")
            }
        }
    }

    @Test func invalidNameIsUsageError() throws {
        let run = try RempartProcess.run(["deploy", "--lab-profile", "hardened", "--name", "Bad_Name", "--dry-run"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("error: invalid value 'Bad_Name' for '--name': use 1 to 24 lower-case letters"))
    }

    @Test func missingProfileIsUsageError() throws {
        let run = try RempartProcess.run(["deploy", "--name", "lab", "--dry-run"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("error: missing required option '--lab-profile'\n"))
    }

    @Test func labProfileGivenAsAWSProfileIsExplained() throws {
        let run = try RempartProcess.run(["deploy", "--profile", "hardened", "--name", "lab", "--dry-run"])
        #expect(run.status == 64)
        #expect(
            run.stderr.hasPrefix(
                "error: invalid value 'hardened' for '--profile': '--profile' names the AWS profile; give the lab "
                    + "profile as '--lab-profile hardened'\n"))
    }

    @Test func baselineStopsAtScanGate() throws {
        // The endpoint is a closed port: the gate must stop before any AWS call.
        let run = try RempartProcess.run(
            ["deploy", "--lab-profile", "baseline", "--name", "lab", "--endpoint-url", "http://127.0.0.1:9", "--yes"],
            environment: Self.awsEnvironment)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr.hasPrefix(
                "rempart: scanned vpc.yaml, ec2.json, s3.json: 31 findings (HIGH 18, MEDIUM 1, LOW 12)\n"))
        #expect(run.stderr.contains("  HIGH  AVD-AWS-0107  LabSecurityGroup (vpc.yaml:"))
        #expect(run.stderr.contains("  HIGH  AVD-AWS-0028  WindowsPrivateAZ2 (ec2.json:"))
        #expect(
            run.stderr.hasSuffix(
                "error: the scan found 18 problems at or above HIGH; fix them, raise --fail-on or pass --accept-findings\n"
            ))
    }

    @Test func scanGateSpeaksFrench() throws {
        let run = try RempartProcess.run(
            [
                "deploy", "--lab-profile", "baseline", "--name", "lab", "--endpoint-url", "http://127.0.0.1:9", "--yes",
                "--lang", "fr",
            ],
            environment: Self.awsEnvironment)
        #expect(run.status == 1)
        #expect(
            run.stderr.hasPrefix(
                "rempart : analyse de vpc.yaml, ec2.json, s3.json : 31 constats (ÉLEVÉE 18, MOYENNE 1, FAIBLE 12)\n"))
        #expect(run.stderr.contains("  ÉLEVÉE  AVD-AWS-0107  LabSecurityGroup (vpc.yaml:"))
        #expect(run.stderr.contains(") : Les groupes de sécurité n'ouvrent pas SSH ni RDP"))
        #expect(!run.stderr.contains("  HIGH  "))
    }

    @Test func dryRunPrintsPlanWithoutCalls() throws {
        let run = try RempartProcess.run(
            ["deploy", "--lab-profile", "hardened", "--name", "lab", "--endpoint-url", "http://127.0.0.1:9", "--dry-run"],
            environment: Self.awsEnvironment)
        #expect(run.status == 0)
        #expect(
            run.stdout.hasPrefix(
                "Plan for 'lab' (hardened, through the API): 80 steps in 7 waves\n  1. Read the account ID;"))
        #expect(run.stderr == "rempart: scanned vpc.yaml, ec2.json, s3.json: 0 findings\n")
    }

    @Test func destroyWithoutTerminalNeedsYes() throws {
        let run = try RempartProcess.run(["destroy", "--name", "lab", "--endpoint-url", "http://127.0.0.1:9"])
        #expect(run.status == 64)
        #expect(
            run.stderr
                == "error: standard input is not a terminal, so destroy cannot ask for confirmation: pass --yes\n")
    }

    @Test(.enabled(if: emulator != nil, "neither REMPART_TEST_ENDPOINT_DEPLOY nor REMPART_TEST_ENDPOINT is set"))
    func deployThenDestroyOnEmulator() async throws {
        let endpoint = try #require(Self.emulator)
        try await EmulatorLock.withLock(try #require(URL(string: endpoint))) {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let source = scratch.url.appendingPathComponent("scripts")
            try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
            try Data("print('lab')\n".utf8).write(to: source.appendingPathComponent("network.py"))
            try await LocalEmulator.reset(try #require(URL(string: endpoint)))

            let deploy = try RempartProcess.run(
                [
                    "deploy", "--lab-profile", "hardened", "--name", "cli", "--endpoint-url", endpoint, "--yes", "--source",
                    "scripts",
                ],
                in: scratch.url, environment: Self.awsEnvironment)
            #expect(deploy.status == 0, "\(deploy.stderr)")
            #expect(deploy.stderr.contains("[INFO] [80/80] "))
            #expect(deploy.stderr.contains(": vpc-"))
            #expect(deploy.stderr.contains("\n[INFO] End ("))
            #expect(
                deploy.stdout.hasPrefix(
                    "Deployment 'cli' (hardened, us-east-1): 1 source files and the scan report in "
                        + "s3://rempart-cli-bucket-123456789012-us-east-1/\n"))
            #expect(
                deploy.stdout.contains(
                    "  Trail                         AWS::CloudTrail::Trail              rempart-cli-trail\n"))
            #expect(deploy.stdout.hasSuffix("Scan of vpc.yaml, ec2.json, s3.json: 0 findings\n"))
            #expect(
                FileManager.default.fileExists(
                    atPath: scratch.url.appendingPathComponent(".rempart/deployments/cli.json").path))

            let again = try RempartProcess.run(
                [
                    "deploy", "--lab-profile", "hardened", "--name", "cli", "--endpoint-url", endpoint, "--yes", "--source",
                    "scripts",
                ],
                in: scratch.url, environment: Self.awsEnvironment)
            #expect(again.status == 0)
            #expect(again.stderr.contains("(already created)"))
            #expect(again.stderr.contains("[INFO] End (0 API calls"))

            let destroy = try RempartProcess.run(
                ["destroy", "--name", "cli", "--endpoint-url", endpoint, "--yes"], in: scratch.url,
                environment: Self.awsEnvironment)
            #expect(destroy.status == 0, "\(destroy.stderr)")
            #expect(destroy.stderr.contains(" deleted\n"))
            #expect(
                !FileManager.default.fileExists(
                    atPath: scratch.url.appendingPathComponent(".rempart/deployments/cli.json").path))
        }
    }
}
