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
        let scratch = try Scratch()
        defer { scratch.remove() }

        // The endpoint is a closed port: the gate must stop before any AWS call.
        let run = try RempartProcess.run(
            ["deploy", "--lab-profile", "baseline", "--name", "lab", "--endpoint-url", "http://127.0.0.1:9", "--yes"],
            in: scratch.url, environment: Self.awsEnvironment)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr.hasPrefix(
                "rempart: scanned vpc.yaml, ec2.json, s3.json (copies in .rempart/deployments/lab/): 31 findings "
                    + "(HIGH 18, MEDIUM 1, LOW 12)\n"))
        #expect(run.stderr.contains("  HIGH  AVD-AWS-0107  LabSecurityGroup (.rempart/deployments/lab/vpc.yaml:215): "))
        #expect(
            run.stderr.contains("  HIGH  AVD-AWS-0028  WindowsPrivateAZ2 (.rempart/deployments/lab/ec2.json:162): "))
        #expect(
            run.stderr.hasSuffix(
                "error: the scan found 18 findings of severity HIGH or higher; fix them, raise the threshold "
                    + "(--fail-on critical) or pass --accept-findings\n"))

        // The places name the copies of the scanned templates, so the lines can be opened.
        let copies = scratch.url.appendingPathComponent(".rempart/deployments/lab")
        let vpc = try String(contentsOf: copies.appendingPathComponent("vpc.yaml"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(vpc[214] == "          CidrIp: 0.0.0.0/0")
        let ec2 = try String(contentsOf: copies.appendingPathComponent("ec2.json"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(ec2[161] == "    \"WindowsPrivateAZ2\": {")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: copies.path).sorted()
                == ["ec2.json", "s3.json", "vpc.yaml"])
        #expect(!FileManager.default.fileExists(atPath: copies.appendingPathComponent("../lab.json").path))
    }

    @Test func scanGateSpeaksFrench() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let run = try RempartProcess.run(
            [
                "deploy", "--lang", "fr", "--lab-profile", "baseline", "--name", "labo", "--endpoint-url",
                "http://127.0.0.1:9", "--dry-run", "--accept-findings",
            ],
            in: scratch.url, environment: Self.awsEnvironment)
        #expect(run.status == 0)
        #expect(
            run.stderr.hasPrefix(
                "rempart : analyse de vpc.yaml, ec2.json, s3.json (copies dans .rempart/deployments/labo/) : "
                    + "31 constats (ÉLEVÉE 18, MOYENNE 1, FAIBLE 12)\n"))
        #expect(run.stderr.contains(") : Les groupes de sécurité n'ouvrent pas SSH ni RDP"))
        #expect(!run.stderr.contains("HIGH"))
        #expect(!run.stderr.contains("LOW "))
        #expect(
            run.stderr.contains("  ÉLEVÉE  AVD-AWS-0107  LabSecurityGroup (.rempart/deployments/labo/vpc.yaml:215) : "))
        // The plan's steps are separated by a semicolon with a space before it, as in French typography.
        #expect(run.stdout.contains("  1. Lire l'ID du compte ; Trouver l'AMI Amazon Linux ; "))
        #expect(!run.stdout.replacingOccurrences(of: " ; ", with: "").contains(";"))
        #expect(run.stdout.contains("Régler les attributs DNS du VPC VPC"))
        #expect(!run.stdout.contains(" de le "))
        #expect(!run.stdout.contains(" à le "))

        let refused = try RempartProcess.run(
            [
                "deploy", "--lang", "fr", "--lab-profile", "baseline", "--name", "labo", "--endpoint-url",
                "http://127.0.0.1:9", "--yes",
            ],
            in: scratch.url, environment: Self.awsEnvironment)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.hasSuffix(
                "erreur : l'analyse a trouvé 18 constats de gravité ÉLEVÉE ou plus ; corrigez-les, relevez le seuil "
                    + "(--fail-on critical) ou passez --accept-findings\n"))

        let hardened = try RempartProcess.run(
            [
                "deploy", "--lang", "fr", "--lab-profile", "hardened", "--name", "labo2", "--endpoint-url",
                "http://127.0.0.1:9", "--dry-run",
            ],
            in: scratch.url, environment: Self.awsEnvironment)
        #expect(
            hardened.stderr
                == "rempart : analyse de vpc.yaml, ec2.json, s3.json (copies dans .rempart/deployments/labo2/) : 0 constat\n"
        )
    }

    @Test func dryRunPrintsPlanWithoutCalls() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let run = try RempartProcess.run(
            [
                "deploy", "--lab-profile", "hardened", "--name", "lab", "--endpoint-url", "http://127.0.0.1:9",
                "--dry-run",
            ],
            in: scratch.url, environment: Self.awsEnvironment)
        #expect(run.status == 0)
        #expect(
            run.stdout.hasPrefix(
                "Plan for 'lab' (hardened, through the API): 80 steps in 7 waves\n  1. Read the account ID;"))
        #expect(
            run.stderr
                == "rempart: scanned vpc.yaml, ec2.json, s3.json (copies in .rempart/deployments/lab/): 0 findings\n")
    }

    @Test func otherProfileIsRefusedBeforeTheScan() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(
            ".rempart/deployments/lab.json",
            #"{"name":"lab","pending":[],"profile":"hardened","region":"us-east-1","resources":{},"schemaVersion":1}"#)

        let run = try RempartProcess.run(
            [
                "deploy", "--lab-profile", "baseline", "--name", "lab", "--endpoint-url", "http://127.0.0.1:9",
                "--accept-findings", "--yes",
            ],
            in: scratch.url, environment: Self.awsEnvironment)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        // No scan output and no resume hint: running the same command again would fail the same way.
        #expect(
            run.stderr
                == "error: deployment 'lab' exists with profile 'hardened', not 'baseline'; destroy it first or use "
                + "another name\n")
    }

    @Test func lockedDeploymentStopsAtOnce() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let lock = try scratch.write(
            ".rempart/deployments/lab.lock", #"{"command":"deploy","pid":4242,"started":"2026-01-02T03:04:05Z"}"#)
        let descriptor = open(lock.path, O_RDWR)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)

        for command in [["destroy"], ["deploy", "--lab-profile", "hardened"]] {
            let run = try RempartProcess.run(
                command + ["--name", "lab", "--endpoint-url", "http://127.0.0.1:9", "--yes", "-q"], in: scratch.url,
                environment: Self.awsEnvironment)
            #expect(run.status == 2, "\(command)")
            #expect(
                run.stderr.hasSuffix(
                    "error: deployment 'lab' is in use by another rempart process (deploy, pid 4242, started "
                        + "2026-01-02T03:04:05Z), which has locked '\(lock.path)'; wait for it to end, then run the "
                        + "command again\n"), "\(run.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: lock.path))
    }

    @Test func interruptedDeploySaysWhatToDo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // The endpoint accepts connections and never responds, so the deploy waits on its first call.
        let listener = try SilentListener()
        defer { listener.close() }

        let run = try RempartProcess.runInterrupted(
            [
                "deploy", "--lab-profile", "hardened", "--name", "intr", "--endpoint-url",
                "http://127.0.0.1:\(listener.port)", "--yes",
            ],
            in: scratch.url, environment: Self.awsEnvironment, after: "rempart: scanned",
            // The interrupt must come once the deploy holds its lock, which it takes after the scan.
            when: {
                let lock = scratch.url.appendingPathComponent(".rempart/deployments/intr.lock")
                return (try? String(contentsOf: lock, encoding: .utf8))?.contains("\"command\"") == true
            })
        #expect(!run.timedOut)
        #expect(run.status == 130)
        #expect(
            run.stderr.hasSuffix(
                "\nrempart: interrupted; what was created is recorded in .rempart/deployments/intr.json: run the same "
                    + "deploy again to resume, or 'rempart destroy --name intr --yes' to remove it\n"))
        // The lock file names the interrupted process, and the next run takes it over.
        let lock = try String(
            contentsOf: scratch.url.appendingPathComponent(".rempart/deployments/intr.lock"), encoding: .utf8)
        #expect(lock.contains("\"command\":\"deploy\""))
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
                    "deploy", "--lab-profile", "hardened", "--name", "cli", "--endpoint-url", endpoint, "--yes",
                    "--source",
                    "scripts",
                ],
                in: scratch.url, environment: Self.awsEnvironment)
            #expect(deploy.status == 0, "\(deploy.stderr)")
            #expect(deploy.stderr.contains("[INFO] [80/80] "))
            #expect(deploy.stderr.contains(": vpc-"))
            #expect(deploy.stderr.contains("\n[INFO] End ("))
            #expect(
                deploy.stdout.hasPrefix(
                    "Deployment 'cli' (hardened, us-east-1): 1 source file and the scan report in "
                        + "s3://rempart-cli-bucket-123456789012-us-east-1/\n"))
            // The columns are as wide as their longest value, so no step ID or type is cut.
            #expect(
                deploy.stdout.contains(
                    "  Trail                                AWS::CloudTrail::Trail                 rempart-cli-trail\n")
            )
            #expect(
                deploy.stdout.contains(
                    "  ReplicaBucket/PublicAccessBlock      AWS::S3::Bucket/PublicAccessBlock      "
                        + "rempart-cli-bucket-replica-123456789012-us-east-1\n"))
            #expect(
                deploy.stdout.contains(
                    "  Trail/EventSelectors                 AWS::CloudTrail::Trail/EventSelectors  rempart-cli-trail\n")
            )
            #expect(deploy.stdout.hasSuffix("Scan of vpc.yaml, ec2.json, s3.json: 0 findings\n"))
            #expect(
                FileManager.default.fileExists(
                    atPath: scratch.url.appendingPathComponent(".rempart/deployments/cli.json").path))

            let again = try RempartProcess.run(
                [
                    "deploy", "--lab-profile", "hardened", "--name", "cli", "--endpoint-url", endpoint, "--yes",
                    "--source",
                    "scripts",
                ],
                in: scratch.url, environment: Self.awsEnvironment)
            #expect(again.status == 0)
            #expect(again.stderr.contains("(already created)"))
            #expect(again.stderr.contains("[INFO] End (0 API calls"))

            // A new admin range replaces the group's ingress rules in place.
            let newRange = try RempartProcess.run(
                [
                    "deploy", "--lab-profile", "hardened", "--name", "cli", "--endpoint-url", endpoint, "--yes",
                    "--source",
                    "scripts", "--admin-cidr", "203.0.113.0/24",
                ],
                in: scratch.url, environment: Self.awsEnvironment)
            #expect(newRange.status == 0, "\(newRange.stderr)")
            #expect(
                newRange.stderr.contains(
                    "] Authorize the ingress rules of security group LabSecurityGroup: sg-"))
            #expect(newRange.stderr.contains(" (updated)\n"))
            #expect(newRange.stderr.contains("[INFO] End (3 API calls"))

            let destroy = try RempartProcess.run(
                ["destroy", "--name", "cli", "--endpoint-url", endpoint, "--yes"], in: scratch.url,
                environment: Self.awsEnvironment)
            #expect(destroy.status == 0, "\(destroy.stderr)")
            #expect(destroy.stderr.contains(" deleted\n"))
            #expect(destroy.stderr.contains("] Delete VPC VPC: vpc-"))
            #expect(!destroy.stderr.contains("Create "))
            #expect(
                try FileManager.default.contentsOfDirectory(
                    atPath: scratch.url.appendingPathComponent(".rempart/deployments").path) == [])
        }
    }
}
