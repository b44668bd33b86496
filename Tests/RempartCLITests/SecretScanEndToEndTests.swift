import Foundation
import Testing

/// Runs the built binary on a tree that holds secrets and checks that every output format
/// reports them masked, never with the secret itself.
@Suite(.serialized)
struct SecretScanEndToEndTests {
    /// Secrets are assembled from pieces so this file itself does not trip secret scanners.
    enum Sample {
        static let userDataKey = "AKIA" + "Z7QJ4XBNLM2VWR3T"
        static let envKey = "AKIA" + "Q2WE3RT4YU5IO6PL"
        static let suppressedKey = "AKIA" + "M5NB4VC3XZ2LK7JH"
        static let binaryKey = "AKIA" + "P9OI8UY7TR6EW5QA"
        static let passwordDefault = "hunter2" + "hunter2"
        static let noEchoDefault = "n0echo" + "V4lue99"
        static let userDataPassword = "s3cr3t" + "Passw0rd"
        static let trivySuppressedKey = "AKIA" + "L1KJ2HG3FD4SA5ZX"

        static var all: [String] {
            [
                userDataKey, envKey, suppressedKey, binaryKey, passwordDefault, noEchoDefault, userDataPassword,
                trivySuppressedKey,
            ]
        }
    }

    /// A tree with a key in user data, a `.env` key, a password default without `NoEcho`, a
    /// binary file with a key-like sequence, and two suppressed keys.
    static func makeTree() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write(
            "app.yaml",
            """
            AWSTemplateFormatVersion: '2010-09-09'
            Parameters:
              DBPassword:
                Type: String
                Default: \(Sample.passwordDefault)
              AdminToken:
                Type: String
                NoEcho: true
                Default: \(Sample.noEchoDefault)
            Resources:
              Web:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-12345678
                  Tags:
                    - Key: token
                      Value: !Ref AdminToken
                  UserData:
                    Fn::Base64: !Sub |
                      #!/bin/bash
                      export AWS_ACCESS_KEY_ID=\(Sample.userDataKey)
                      export DB_PASSWORD=\(Sample.userDataPassword)

            """)
        try scratch.write(
            ".env",
            """
            AWS_ACCESS_KEY_ID=\(Sample.envKey)
            # rempart:ignore:aws-access-key-id rotated test fixture
            BACKUP_KEY=\(Sample.suppressedKey)
            LEGACY_KEY=\(Sample.trivySuppressedKey) #trivy:ignore:aws-access-key-id

            """)
        var binary = Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01])
        binary.append(Data(Sample.binaryKey.utf8))
        try binary.write(to: scratch.url.appendingPathComponent("tool.bin"))
        try scratch.write("node_modules/pkg/config.js", "module.exports = '\(Sample.envKey)'\n")
        return scratch
    }

    @Test func noFormatPrintsARawSecret() throws {
        let scratch = try Self.makeTree()
        defer { scratch.remove() }
        for format in ["table", "json", "sarif"] {
            for language in ["en", "fr"] {
                let output = try RempartProcess.run(["scan", "-f", format, "--lang", language, "."], in: scratch.url)
                #expect(output.status == 1, "\(format) \(language)")
                for secret in Sample.all {
                    #expect(!output.stdout.contains(secret), "\(format) \(language) stdout")
                    #expect(!output.stderr.contains(secret), "\(format) \(language) stderr")
                }
            }
        }
    }

    @Test func jsonListsEverySecretMasked() throws {
        let scratch = try Self.makeTree()
        defer { scratch.remove() }
        let output = try RempartProcess.run(["scan", "-f", "json", "."], in: scratch.url)
        #expect(output.status == 1)
        let report = try #require(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let secrets = try #require(report["secrets"] as? [[String: Any]])
        let rows = secrets.map { secret -> String in
            let location = secret["location"] as? [String: Any] ?? [:]
            let place = "\(location["file"] ?? ""):\(location["line"] ?? 0):\(location["column"] ?? 0)"
            return "\(place) \(secret["ruleId"] ?? "") suppressed=\(secret["suppressed"] ?? "")"
        }
        #expect(
            rows == [
                ".env:1:19 aws-access-key-id suppressed=0",
                ".env:3:12 aws-access-key-id suppressed=1",
                ".env:4:12 aws-access-key-id suppressed=1",
                "app.yaml:5:14 cfn-parameter-secret-default suppressed=0",
                "app.yaml:19:9 user-data-password suppressed=0",
                "app.yaml:21:36 aws-access-key-id suppressed=0",
            ])
        #expect(secrets.first?["match"] as? String == "AWS_ACCESS_KEY_ID=" + String(repeating: "*", count: 20))
        #expect(secrets.first?["severity"] as? String == "CRITICAL")
        #expect(secrets.first?["category"] as? String == "AWS")
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["secrets"] as? Int == 4)
        #expect(summary["suppressedSecrets"] as? Int == 2)
        #expect(output.stderr.contains("; 4 secrets (2 suppressed) in 2 files searched\n"))
    }

    @Test func sarifListsTheSecretRules() throws {
        let scratch = try Self.makeTree()
        defer { scratch.remove() }
        let output = try RempartProcess.run(["scan", "-f", "sarif", "--scanners", "secret", "."], in: scratch.url)
        #expect(output.status == 1)
        let log = try #require(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let ruleIDs = (driver["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ruleIDs == ["aws-access-key-id", "cfn-parameter-secret-default", "user-data-password"])
        let results = run["results"] as? [[String: Any]] ?? []
        #expect(results.count == 6)
        #expect(results.filter { $0["suppressions"] != nil }.count == 2)
    }

    @Test func tableShowsSecretsPerFileInFrench() throws {
        let scratch = try Self.makeTree()
        defer { scratch.remove() }
        let output = try RempartProcess.run(["scan", "--lang", "fr", "--scanners", "secret", "."], in: scratch.url)
        #expect(output.status == 1)
        #expect(output.stdout.contains("│ Cible    │ Type           │ Mauvaises configurations │ Secrets │"))
        #expect(output.stdout.contains("│ app.yaml │ cloudformation │                        - │       3 │"))
        #expect(output.stdout.contains("│ .env     │ text           │                        - │       1 │"))
        #expect(output.stdout.contains("Secrets : 4 (CRITIQUE : 2, ÉLEVÉE : 2, MOYENNE : 0, FAIBLE : 0)"))
        #expect(output.stdout.contains("aws-access-key-id (CRITIQUE) : ID de clé d'accès AWS"))
        #expect(output.stdout.contains("Emplacement : .env:1:19"))
        #expect(output.stdout.contains("Secrets exemptés :"))
        #expect(output.stdout.contains("  aws-access-key-id (CRITIQUE) .env:3 — par commentaire (.env:2) : "))
        #expect(output.stderr.contains("; 4 secrets (2 exemptés) dans 2 fichiers examinés\n"))
    }

    @Test func failOnAndSeverityCountSecrets() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(".env", "AWS_ACCESS_KEY_ID=\(Sample.envKey)\n")
        let critical = try RempartProcess.run(
            ["scan", "--scanners", "secret", "--fail-on", "critical", "."], in: scratch.url)
        #expect(critical.status == 1)
        let none = try RempartProcess.run(["scan", "--scanners", "secret", "--fail-on", "none", "."], in: scratch.url)
        #expect(none.status == 0)
        #expect(none.stderr.hasSuffix("; 1 secret (0 suppressed) in 1 file searched\n"))
        let filtered = try RempartProcess.run(
            ["scan", "--scanners", "secret", "--severity", "LOW", "-f", "json", "."], in: scratch.url)
        #expect(filtered.status == 0)
        #expect(filtered.stdout.contains("\"secrets\" : [\n\n  ]"))
    }

    @Test func ignoreFileSuppressesSecrets() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(".env", "AWS_ACCESS_KEY_ID=\(Sample.envKey)\n")
        try scratch.write("config/.env", "AWS_ACCESS_KEY_ID=\(Sample.suppressedKey)\n")
        try scratch.write(".rempartignore", "aws-access-key-id config/.env # sandbox account\n")
        let output = try RempartProcess.run(["scan", "--scanners", "secret", "-f", "json", "."], in: scratch.url)
        #expect(output.status == 1)
        #expect(output.stdout.contains("\"justification\" : \"sandbox account\""))
        #expect(!output.stderr.contains("warning"))
        #expect(output.stderr.contains("; 1 secret (1 suppressed) in 3 files searched\n"))
    }

    @Test func misconfigOnlyLeavesSecretsOut() throws {
        let scratch = try Self.makeTree()
        defer { scratch.remove() }
        let output = try RempartProcess.run(["scan", "--scanners", "misconfig", "-f", "json", "."], in: scratch.url)
        #expect(output.status == 1)
        #expect(!output.stdout.contains("\"secrets\""))
        #expect(!output.stderr.contains("secrets"))
    }

    @Test func secretOnlyAcceptsATreeWithoutTemplates() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("notes/README.md", "Nothing secret here.\n")
        let output = try RempartProcess.run(["scan", "--scanners", "secret", "notes"], in: scratch.url)
        #expect(output.status == 0)
        let both = try RempartProcess.run(["scan", "notes"], in: scratch.url)
        #expect(both.status == 2)
    }

    struct UsageCase: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let usageCases: [UsageCase] = [
        UsageCase(
            arguments: ["scan", "--scanners", "secrets", "."],
            message:
                "error: invalid value 'secrets' for '--scanners': expected misconfig or secret; did you mean 'secret'?"),
        UsageCase(
            arguments: ["scan", "--scanners", "misconfig,vuln", "."],
            message: "error: invalid value 'vuln' for '--scanners': expected misconfig or secret\n"),
        UsageCase(
            arguments: ["scan", "--scanners", ",", "."],
            message: "error: invalid value '' for '--scanners': expected misconfig or secret\n"),
    ]

    @Test(arguments: usageCases)
    func unknownScannerIsAUsageError(_ testCase: UsageCase) throws {
        let output = try RempartProcess.run(testCase.arguments)
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix(testCase.message))
        #expect(output.stdout.isEmpty)
    }
}
