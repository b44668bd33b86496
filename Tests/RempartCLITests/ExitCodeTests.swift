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
