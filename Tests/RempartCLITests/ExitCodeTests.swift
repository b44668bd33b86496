import Foundation
import Testing

/// Exit codes that a CI job can trust: a rejected template is never a success, and a scan that
/// only parsed never reads as clean.
struct ExitCodeTests {
    static let bucket = "Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n"

    /// Creates a folder with one valid template and one that cannot be parsed.
    static func mixedFolder() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("templates/good.yaml", bucket)
        try scratch.write("templates/bad.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {,}}")
        return scratch
    }

    @Test func rejectedTemplateExitsTwoWhateverFailOn() throws {
        let scratch = try Self.mixedFolder()
        defer { scratch.remove() }
        for failOn in ["low", "critical", "none"] {
            let output = try RempartProcess.run(
                ["scan", "-q", "--scanners", "misconfig", "--fail-on", failOn, "templates"], in: scratch.url)
            #expect(output.status == 2, "--fail-on \(failOn)")
            #expect(output.stderr.hasPrefix("templates/bad.json:1:"), "--fail-on \(failOn)")
            // The valid template is still scanned and reported.
            #expect(output.stdout.contains("templates/good.yaml"))
        }
    }

    @Test func rejectedTemplateStillGetsReportAndDiagram() throws {
        let scratch = try Self.mixedFolder()
        defer { scratch.remove() }
        let report = try RempartProcess.run(["report", "-q", "-o", "report.md", "templates"], in: scratch.url)
        #expect(report.status == 2)
        #expect(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("report.md").path))

        let diagram = try RempartProcess.run(["diagram", "-q", "-o", "architecture.svg", "templates"], in: scratch.url)
        #expect(diagram.status == 2)
        #expect(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("architecture.svg").path))
    }

    @Test func invalidTemplateExitsOneUnlessFailOnNone() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("templates/good.yaml", Self.bucket)
        try scratch.write("templates/accent.yaml", "Resources:\n  AttenteÉlève:\n    Type: AWS::S3::Bucket\n")
        try scratch.write(
            "templates/type.yaml",
            "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Logs:\n    Type: [AWS::S3::Bucket]\n"
                + "  Other:\n    Type: AWS::S3::Bucket\n")
        for (failOn, status) in [("critical", Int32(1)), ("none", Int32(0))] {
            let output = try RempartProcess.run(
                ["scan", "-q", "--scanners", "misconfig", "--fail-on", failOn, "templates"], in: scratch.url)
            #expect(output.status == status, "--fail-on \(failOn)")
            #expect(output.stderr.contains("templates/accent.yaml:2:3: error: the logical ID 'AttenteÉlève'"))
            #expect(
                output.stderr.contains(
                    "templates/type.yaml:4:11: error: the Type of resource 'Logs' must be a string such as "
                        + "'AWS::S3::Bucket'; it is skipped"))
        }
        let json = try RempartProcess.run(
            ["scan", "--scanners", "misconfig", "--fail-on", "none", "-f", "json", "templates"], in: scratch.url)
        #expect(json.status == 0)
        #expect(json.stderr.hasSuffix(
            "rempart: 3 files: 3 scanned (2 invalid), 0 skipped, 0 rejected; 24 findings, 0 suppressed, "
                + "0 undecided checks\n"))
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any] ?? [:]
        let files = (object["summary"] as? [String: Any])?["files"] as? [String: Any] ?? [:]
        #expect(files["invalid"] as? Int == 2)
        #expect(files["scanned"] as? Int == 3)

        let french = try RempartProcess.run(
            ["scan", "--lang", "fr", "--scanners", "misconfig", "--fail-on", "none", "templates/accent.yaml"],
            in: scratch.url)
        #expect(french.status == 0)
        #expect(french.stdout.contains("Fichiers : 1 analysé (1 invalide), 0 ignoré, 0 rejeté"))
        #expect(french.stderr.hasSuffix(
            "rempart : 1 fichier : 1 analysé (1 invalide), 0 ignoré, 0 rejeté ; 8 constats, 0 exempté, "
                + "0 vérification indéterminée\n"))
    }

    @Test func duplicateExportNamesMakeTheSecondFileInvalid() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let template = "Resources:\n  Logs:\n    Type: AWS::S3::Bucket\nOutputs:\n  Name:\n    Value: !Ref Logs\n"
            + "    Export:\n      Name: shared-logs\n"
        try scratch.write("a.yaml", template)
        try scratch.write("b.yaml", template)
        let output = try RempartProcess.run(
            ["scan", "-q", "--scanners", "misconfig", "--fail-on", "critical", "a.yaml", "b.yaml"], in: scratch.url)
        #expect(output.status == 1)
        #expect(output.stderr.contains("error: export name 'shared-logs' is already exported at "))
    }

    @Test func warningsLeaveTheExitCode() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("good.yaml", Self.bucket)
        let output = try RempartProcess.run(
            ["scan", "--scanners", "misconfig", "--fail-on", "none", "--parameter", "Unused=1", "good.yaml"],
            in: scratch.url)
        #expect(output.status == 0)
        #expect(output.stderr.contains("warning: "))
        #expect(!output.stderr.contains("invalid"))
    }

    @Test func parseOnlyNeverReadsAsClean() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("good.yaml", Self.bucket)
        let output = try RempartProcess.run(["scan", "--parse-only", "-f", "json", "good.yaml"], in: scratch.url)
        #expect(output.status == 3)
        #expect(
            output.stderr
                == "note: --parse-only: the files were only read; no rule ran and no secret was searched, so this is "
                + "not a clean result\n"
                + "rempart: 1 file: 1 parsed, 0 skipped, 0 rejected; no rule ran and no secret was searched "
                + "(--parse-only)\n")
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any] ?? [:]
        let summary = object["summary"] as? [String: Any] ?? [:]
        #expect(summary["parseOnly"] as? Bool == true)
        #expect((summary["files"] as? [String: Any])?["parsed"] as? Int == 1)
        #expect((summary["files"] as? [String: Any])?["scanned"] as? Int == 0)
        let files = object["files"] as? [[String: Any]] ?? []
        #expect(files.map { $0["status"] as? String } == ["parsed"])
        #expect(object["secrets"] == nil)

        let table = try RempartProcess.run(["scan", "-q", "--parse-only", "--lang", "fr", "good.yaml"], in: scratch.url)
        #expect(table.status == 3)
        #expect(table.stdout.contains("│ good.yaml │ lu   │"))
        #expect(
            table.stdout.hasSuffix(
                "Fichiers : 1 lu, 0 ignoré, 0 rejeté\nAucune règle n'a été exécutée (--parse-only) : les fichiers ont "
                    + "seulement été lus, ce n'est donc pas un résultat sans problème.\n"))
    }

    @Test func parseOnlyWithRejectedFileExitsTwo() throws {
        let scratch = try Self.mixedFolder()
        defer { scratch.remove() }
        let output = try RempartProcess.run(["scan", "-q", "--parse-only", "templates"], in: scratch.url)
        #expect(output.status == 2)
    }

    @Test func plainScanKeepsItsSchemaWithoutParseOnlyFields() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("good.yaml", Self.bucket)
        let output = try RempartProcess.run(["scan", "-q", "-f", "json", "good.yaml"], in: scratch.url)
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any] ?? [:]
        let summary = object["summary"] as? [String: Any] ?? [:]
        #expect(summary["parseOnly"] == nil)
        #expect((summary["files"] as? [String: Any])?["parsed"] == nil)
    }
}
