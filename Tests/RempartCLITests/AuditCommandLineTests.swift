import Foundation
import RempartAudit
import RempartModel
import RempartScanner
import RempartSupport
import Testing

@testable import RempartCLI

/// `rempart audit` options and messages: a missing or unreadable `--template`, the AWS
/// profile option, and the wording of failed reads and of the summary.
struct AuditCommandLineTests {
    /// Returns an environment whose AWS configuration has no profile and no reachable endpoint.
    static func environment(_ scratch: Scratch) -> [String: String] {
        ["HOME": scratch.url.path, "AWS_ENDPOINT_URL": "http://127.0.0.1:9", "AWS_REGION": "us-east-1"]
    }

    @Test func missingTemplateStopsBeforeTheAccount() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let output = try RempartProcess.run(
            ["audit", "--template", "lab/cloudformation"], in: scratch.url, environment: Self.environment(scratch))
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(
            output.stderr
                == "lab/cloudformation: error: no such file or directory\n"
                + "error: no audit done, because a --template path is missing and the drift could not be computed; "
                + "fix the path or leave --template out\n")

        let french = try RempartProcess.run(
            ["audit", "--lang", "fr", "--template", "absent.yaml"], in: scratch.url,
            environment: Self.environment(scratch))
        #expect(french.status == 2)
        #expect(french.stderr.hasPrefix("absent.yaml: erreur : fichier ou dossier introuvable\n"))
    }

    @Test func awsProfileIsProfileEverywhere() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let commands: [[String]] = [
            ["audit", "--profile", "student"],
            ["audit", "--aws-profile", "student"],
            ["report", "--audit", "-o", "-", "--profile", "student"],
            ["diagram", "--audit", "--aws-profile", "student"],
            ["destroy", "--name", "lab", "--yes", "--profile", "student"],
        ]
        for arguments in commands {
            let output = try RempartProcess.run(arguments, in: scratch.url, environment: Self.environment(scratch))
            // Each command accepts the option and fails on the profile, which does not exist.
            #expect(output.status == 2, "\(arguments)")
            #expect(output.stderr.contains("profile 'student' not found"), "\(arguments): \(output.stderr)")
        }
    }

    @Test func failedReadsAreLocalizedWarnings() {
        let gaps = [
            AWSState.Gap(
                service: "kms", operation: "DescribeKey", resourceID: "c1944f3b",
                reason: "HTTP 500 without an AWS error body (the endpoint may not implement the action)"),
            AWSState.Gap(service: "s3", operation: "ListBuckets", reason: "AccessDenied (HTTP 403): denied"),
        ]
        let warnings = LiveAccountAudit.gapWarnings(gaps).map { $0.formatted(in: .french) }
        #expect(
            warnings == [
                "avertissement : lecture impossible de « c1944f3b » (kms DescribeKey) : HTTP 500 sans corps d'erreur "
                    + "AWS (le point de terminaison ne met peut-être pas en œuvre l'action) ; les vérifications qui en "
                    + "dépendent sont indéterminées",
                "avertissement : échec de s3 ListBuckets : AccessDenied (HTTP 403): denied ; les vérifications qui en "
                    + "dépendent sont indéterminées",
            ])
        #expect(
            LiveAccountAudit.gapWarnings(gaps)[0].formatted(in: .english)
                == "warning: cannot read 'c1944f3b' (kms DescribeKey): HTTP 500 without an AWS error body (the "
                + "endpoint may not implement the action); the checks that need it are undecided")
    }

    @Test func summaryCountsAgreeInFrench() {
        var state = AWSState()
        state.gaps = [AWSState.Gap(service: "s3", operation: "ListBuckets", reason: "denied")]
        let inventory = LiveInventory(state: state, region: "us-east-1", callCounts: ["ListBuckets": 1], seconds: 3.594)
        var result = ScanResult()
        result.gaps = state.gaps
        let french = AuditCommand.summaryLine(result, inventory: inventory, language: .french)
        #expect(
            french
                == "rempart : \(inventory.target) : 0 ressource lue en 1 appel (3,59 s) ; 0 constat, 0 exempté, "
                + "0 vérification indéterminée, 1 lacune, 0 écart de dérive\n")
        let english = AuditCommand.summaryLine(result, inventory: inventory, language: .english)
        #expect(
            english
                == "rempart: \(inventory.target): 0 resources read in 1 call (3.59 s); 0 findings, 0 suppressed, "
                + "0 undecided checks, 1 gap, 0 drift entries\n")
    }

    @Test func failedReadsPrintLocalizedWarnings() throws {
        let server = try FailingHTTPServer()
        defer { server.stop() }
        let scratch = try Scratch()
        defer { scratch.remove() }
        var environment = Self.environment(scratch)
        environment["AWS_ENDPOINT_URL"] = server.endpoint
        environment["AWS_ACCESS_KEY_ID"] = "testing"
        environment["AWS_SECRET_ACCESS_KEY"] = "testing"
        let output = try RempartProcess.run(["audit", "--lang", "fr", "-f", "json"], in: scratch.url, environment: environment)
        // Every read failed, so the account could not be read.
        #expect(output.status == 2)
        let lines = output.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "avertissement : échec de ec2 DescribeVpcs : HTTP 400 sans corps d'erreur AWS (le point de terminaison "
                    + "ne met peut-être pas en œuvre l'action) ; les vérifications qui en dépendent sont indéterminées"),
            "\(output.stderr)")
        // No log line in English key=value form reaches the user at the default level.
        #expect(!output.stderr.contains("aws.operation="))
        #expect(!output.stderr.contains("audit read failed"))
    }

    @Test(
        .enabled(
            if: !(ProcessInfo.processInfo.environment["REMPART_TEST_ENDPOINT"] ?? "").isEmpty,
            "set REMPART_TEST_ENDPOINT (scripts/test does)"))
    func unreadableTemplateMakesDriftExitTwo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("broken.yaml", "Resources:\n  A: [\n")
        var environment = Self.environment(scratch)
        environment["AWS_ENDPOINT_URL"] = ProcessInfo.processInfo.environment["REMPART_TEST_ENDPOINT"]
        environment["AWS_ACCESS_KEY_ID"] = "testing"
        environment["AWS_SECRET_ACCESS_KEY"] = "testing"
        let output = try RempartProcess.run(
            ["audit", "-q", "--fail-on", "none", "-f", "json", "--template", "broken.yaml"], in: scratch.url,
            environment: environment)
        // The account was read and reported, but the drift misses the broken template.
        #expect(output.status == 2)
        #expect(output.stdout.contains("\"drift\""))
        #expect(output.stderr.hasPrefix("broken.yaml:3:1: error: invalid YAML: "))
    }
}
