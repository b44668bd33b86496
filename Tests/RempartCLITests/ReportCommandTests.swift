import Foundation
import Testing

/// `rempart report` and `rempart diagram` run as a binary on the lab templates: stdout, stderr,
/// exit code and the files written.
@Suite(.serialized)
struct ReportCommandTests {
    static let lab = "examples/lab/cloudformation"
    /// 4 December 2025 at 20:23 UTC, so the report's date is fixed.
    static let fixedDate = ["SOURCE_DATE_EPOCH": "1764879780"]

    @Test func markdownInEnglishLinksDiagram() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let report = scratch.url.appendingPathComponent("report.md").path
        let svg = scratch.url.appendingPathComponent("report-architecture.svg").path

        let output = try RempartProcess.run(["report", Self.lab, "-o", report], environment: Self.fixedDate)
        #expect(output.status == 0)
        #expect(output.stdout == "")
        #expect(output.stderr.hasSuffix("rempart: wrote \(report), \(svg)\n"))
        #expect(output.stderr.contains("rempart: 3 files: 3 scanned, 0 skipped, 0 rejected;"))

        let markdown = try String(contentsOfFile: report, encoding: .utf8)
        #expect(markdown.hasPrefix("# Rempart mitigation report\n\nGenerated on December 4, 2025 at 20:23 UTC  \n"))
        #expect(markdown.contains("\n![Architecture diagram](report-architecture.svg)\n"))
        #expect(markdown.contains("| `examples/lab/cloudformation/s3.json` | 0 | 0 | 0 | 1 | 1 |"))
        #expect(markdown.contains("| **AVD-AWS-0124** "))
        #expect(!markdown.contains("<svg"))

        // The mitigation table runs from the most severe check to the least.
        let high = try #require(markdown.range(of: "| **AVD-AWS-0028**"))
        let medium = try #require(markdown.range(of: "| **AVD-AWS-0178**"))
        let low = try #require(markdown.range(of: "| **AVD-AWS-0089**"))
        #expect(high.lowerBound < medium.lowerBound)
        #expect(medium.lowerBound < low.lowerBound)

        let diagram = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(diagram.hasPrefix("<svg "))
        #expect(diagram.contains("aria-label=\"Public subnet PublicSubnet1, 1 finding: 1 HIGH\""))
    }

    @Test func markdownInFrench() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let report = scratch.url.appendingPathComponent("rapport.md").path

        let output = try RempartProcess.run(
            ["report", "--lang", "fr", "-o", report, Self.lab], environment: Self.fixedDate)
        #expect(output.status == 0)
        #expect(output.stdout == "")
        #expect(output.stderr.contains("rempart : 3 fichiers : 3 analysés, 0 ignoré, 0 rejeté ;"))
        #expect(
            output.stderr.hasSuffix(
                "rempart : fichiers écrits : \(report), \(scratch.url.path)/rapport-architecture.svg\n"))

        let markdown = try String(contentsOfFile: report, encoding: .utf8)
        #expect(markdown.hasPrefix("# Rapport d'atténuation Rempart\n\nProduit le 4 décembre 2025 à 20 h 23 UTC  \n"))
        #expect(markdown.contains("](rapport-architecture.svg)\n"))
        let svg = try String(
            contentsOfFile: scratch.url.appendingPathComponent("rapport-architecture.svg").path, encoding: .utf8)
        #expect(svg.contains("Sous-réseau public PublicSubnet1"))
    }

    @Test(arguments: ["en", "fr"])
    func htmlIsOneSelfContainedFile(_ language: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let report = scratch.url.appendingPathComponent("report.html").path

        let output = try RempartProcess.run(["report", "--lang", language, Self.lab, "-o", report])
        #expect(output.status == 0)
        #expect(output.stdout == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["report.html"])

        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language == "fr" ? "fr-CA" : "en")\">"))
        #expect(html.contains("<svg"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("<link"))
        #expect(!html.contains("@import"))
        for attribute in ["src=\"http", "href=\"http", "url(http", "url(\"http", "src='http", "href='http"] {
            #expect(!html.contains(attribute), "\(attribute)")
        }
        #expect(html.contains(language == "fr" ? "Groupe de sécurité" : "Security group"))
    }

    @Test func standardOutputMarkdownHasNoDiagram() throws {
        let output = try RempartProcess.run(["report", "-q", "-o", "-", Self.lab])
        #expect(output.status == 0)
        #expect(output.stderr.contains("warning") == false)
        #expect(output.stdout.hasPrefix("# Rempart mitigation report\n"))
        #expect(!output.stdout.contains("## Architecture"))
        #expect(output.stdout.contains("## Mitigations"))
    }

    @Test func formatFollowsFileNameUnlessGiven() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let htm = scratch.url.appendingPathComponent("page.htm").path
        let forced = scratch.url.appendingPathComponent("notes.html").path

        #expect(try RempartProcess.run(["report", "-q", "-o", htm, Self.lab]).status == 0)
        #expect(try String(contentsOfFile: htm, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let output = try RempartProcess.run([
            "report", "-q", "--format", "markdown", "--no-diagram", "-o", forced, Self.lab,
        ])
        #expect(output.status == 0)
        let markdown = try String(contentsOfFile: forced, encoding: .utf8)
        #expect(markdown.hasPrefix("# Rempart mitigation report\n"))
        #expect(!markdown.contains("## Architecture"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == [
                "notes.html", "page.htm",
            ])
    }

    @Test func failOnDefaultsToNone() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let report = scratch.url.appendingPathComponent("report.html").path

        #expect(try RempartProcess.run(["report", "-q", "-o", report, Self.lab]).status == 0)
        try FileManager.default.removeItem(atPath: report)
        let high = try RempartProcess.run(["report", "-q", "--fail-on", "high", "-o", report, Self.lab])
        #expect(high.status == 1)
        #expect(FileManager.default.fileExists(atPath: report))
        let critical = try RempartProcess.run(["report", "-q", "--fail-on", "critical", "-o", report, Self.lab])
        #expect(critical.status == 0)
        let hardened = try RempartProcess.run([
            "report", "-q", "--fail-on", "low", "-o", report, "examples/lab/hardened",
        ])
        #expect(hardened.status == 0)
    }

    @Test func suppressedAndFilteredFindingsLeftOut() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(
            "bucket.yaml",
            """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              # rempart:ignore:AVD-AWS-0089 this bucket receives the access logs
              Logs:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: logs-example

            """)

        let scan = try RempartProcess.run(["scan", "-q", "-f", "json", "bucket.yaml"], in: scratch.url)
        #expect(try ReportDigest(scan.stdout).suppressedRows.map(\.rule) == ["AVD-AWS-0089"])

        let report = try RempartProcess.run(["report", "-q", "-o", "-", "bucket.yaml"], in: scratch.url)
        #expect(report.status == 0)
        #expect(!report.stdout.contains("AVD-AWS-0089"))
        #expect(report.stdout.contains("| **AVD-AWS-0086** "))

        let lowOnly = try RempartProcess.run(
            ["report", "-q", "--severity", "LOW", "-o", "-", "bucket.yaml"], in: scratch.url)
        #expect(lowOnly.status == 0)
        #expect(lowOnly.stdout.contains("| HIGH | 0 |"))
        #expect(!lowOnly.stdout.contains("AVD-AWS-0086"))
    }

    @Test func usageErrorsExit64() throws {
        let noOutput = try RempartProcess.run(["report", Self.lab])
        #expect(noOutput.status == 64)
        #expect(noOutput.stdout == "")
        #expect(noOutput.stderr.hasPrefix("error: missing required option '--output'\nUsage: rempart report "))

        let noPath = try RempartProcess.run(["report", "-o", "-"])
        #expect(noPath.status == 64)
        #expect(noPath.stderr.hasPrefix("error: missing expected argument '<path>'\n"))
        let noPathFrench = try RempartProcess.run(["report", "--lang", "fr", "-o", "-"])
        #expect(noPathFrench.status == 64)
        #expect(noPathFrench.stderr.hasPrefix("erreur : argument obligatoire manquant : <chemin>\n"))

        let badFormat = try RempartProcess.run(["report", "--format", "pdf", "-o", "-", Self.lab])
        #expect(badFormat.status == 64)
        #expect(
            badFormat.stderr.hasPrefix("error: invalid value 'pdf' for '--format': expected one of markdown, html\n"))
    }

    @Test func missingInputWritesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let output = try RempartProcess.run(["report", "-o", "report.md", "missing.yaml"], in: scratch.url)
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr.hasPrefix("missing.yaml: error: no such file or directory\n"))
        #expect(output.stderr.hasSuffix("error: no report written, because no template could be scanned\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == [])

        try scratch.write("notes.json", "{\"name\": \"not a template\"}")
        let skipped = try RempartProcess.run(["report", "-o", "report.md", "notes.json"], in: scratch.url)
        #expect(skipped.status == 2)
        #expect(skipped.stderr.hasSuffix("error: no report written, because no template could be scanned\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["notes.json"])
    }

    @Test func unwritableOutputExitsTwo() throws {
        let output = try RempartProcess.run(["report", "-q", "-o", "/nonexistent-dir/report.md", Self.lab])
        #expect(output.status == 2)
        #expect(
            output.stderr == "/nonexistent-dir/report.md: error: cannot write the file: the folder "
                + "/nonexistent-dir does not exist; create it first or write the report elsewhere\n")

        let directory = try RempartProcess.run(["report", "-q", "--lang", "fr", "-o", "/tmp", Self.lab])
        #expect(directory.status == 2)
        #expect(
            directory.stderr
                == "/tmp: erreur : impossible d'écrire le fichier : c'est un dossier ; indiquez un chemin de fichier "
                + "comme /tmp/report.md\n")

        let diagram = try RempartProcess.run(["diagram", "-q", "-o", "/tmp", Self.lab])
        #expect(diagram.status == 2)
        #expect(
            diagram.stderr == "/tmp: error: cannot write the file: it is a directory; give a file path such as "
                + "/tmp/architecture.svg\n")
    }

    @Test(arguments: ["report", "diagram"])
    func emptyOutputIsUsageError(_ command: String) throws {
        let output = try RempartProcess.run([command, "-o", "", Self.lab])
        #expect(output.status == 64)
        #expect(output.stdout == "")
        #expect(
            output.stderr.hasPrefix(
                "error: invalid value '' for '--output': give a file path, or - for standard output\nUsage: rempart \(command) "))
    }

    @Test func outputThroughLinkKeepsLinks() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let fileManager = FileManager.default
        let nullLink = scratch.url.appendingPathComponent("null-link.svg").path
        try fileManager.createSymbolicLink(atPath: nullLink, withDestinationPath: "/dev/null")
        try scratch.write("old-report.md", "old")
        let fileLink = scratch.url.appendingPathComponent("report-link.md").path
        try fileManager.createSymbolicLink(atPath: fileLink, withDestinationPath: "old-report.md")

        let diagram = try RempartProcess.run(["diagram", "-q", "-o", nullLink, Self.lab])
        #expect(diagram.status == 0)
        #expect(try fileManager.attributesOfItem(atPath: nullLink)[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(try fileManager.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType == .typeCharacterSpecial)

        let report = try RempartProcess.run(["report", "-q", "--no-diagram", "-o", fileLink, Self.lab])
        #expect(report.status == 0)
        #expect(try fileManager.attributesOfItem(atPath: fileLink)[.type] as? FileAttributeType == .typeSymbolicLink)
        let written = try String(contentsOf: scratch.url.appendingPathComponent("old-report.md"), encoding: .utf8)
        #expect(written.hasPrefix("# Rempart mitigation report\n"))
    }

    @Test func auditOfUnreachableAccountWritesNothing() throws {
        let environment = [
            "AWS_ACCESS_KEY_ID": "AKIDCLITEST", "AWS_SECRET_ACCESS_KEY": "cli-test", "AWS_MAX_ATTEMPTS": "1",
        ]
        let arguments = ["report", "--audit", "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:9", "-q"]
        let output = try RempartProcess.run(arguments + ["-o", "-"], environment: environment)
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr.hasSuffix("error: no report written, because every read of aws:us-east-1 failed\n"))
        let french = try RempartProcess.run(arguments + ["--lang", "fr", "-o", "-"], environment: environment)
        #expect(french.status == 2)
        #expect(french.stderr.hasSuffix("aucun rapport écrit, car toutes les lectures de aws:us-east-1 ont échoué\n"))
    }

    // MARK: - diagram

    @Test func diagramToStandardOutputIsStable() throws {
        let first = try RempartProcess.run(["diagram", "-q", Self.lab])
        let second = try RempartProcess.run(["diagram", "-q", Self.lab])
        #expect(first.status == 0)
        #expect(first.stderr == "")
        #expect(first.stdout.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" "))
        #expect(first.stdout.hasSuffix("</svg>\n"))
        #expect(first.stdout.contains("aria-label=\"Public subnet PublicSubnet1, 1 finding: 1 HIGH\""))
        #expect(first.stdout == second.stdout)
    }

    @Test func diagramInFrenchToFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.url.appendingPathComponent("architecture.svg").path
        let output = try RempartProcess.run(["diagram", "--lang", "fr", "-o", path, Self.lab])
        #expect(output.status == 0)
        #expect(output.stdout == "")
        #expect(output.stderr.hasSuffix("rempart : fichier écrit : \(path)\n"))
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.contains("aria-label=\"Sous-réseau public PublicSubnet1, 1 constat : 1 ÉLEVÉE\""))
        // The security group's badges count each severity: 8 high and 11 low, never "19 ÉLEVÉE".
        #expect(svg.contains(">8 ÉLEVÉE</text>"))
        #expect(svg.contains(">11 FAIBLE</text>"))
        #expect(!svg.contains(">19 ÉLEVÉE</text>"))
    }

    @Test func diagramOfNothingExitsTwo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("notes.json", "{\"name\": \"not a template\"}")
        let output = try RempartProcess.run(["diagram", "notes.json"], in: scratch.url)
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr.hasSuffix("error: no diagram written, because no template could be scanned\n"))
    }

    @Test func diagramWithNothingToDrawWarns() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("topic.yaml", "Resources:\n  Alerts:\n    Type: AWS::SNS::Topic\n")
        let output = try RempartProcess.run(["diagram", "topic.yaml"], in: scratch.url)
        #expect(output.status == 0)
        #expect(
            output.stderr
                == "warning: the templates declare no resource the diagram draws (VPC, subnet, instance, bucket, trail)\n"
        )
        #expect(output.stdout.hasPrefix("<svg "))
    }

    @Test func diagramOfBucketOnlyTemplate() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(
            "bucket.yaml",
            "Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: logs-example\n")
        let output = try RempartProcess.run(["diagram", "bucket.yaml"], in: scratch.url)
        #expect(output.status == 0)
        #expect(output.stderr == "")
        #expect(output.stdout.contains("Logs"))
    }
}
