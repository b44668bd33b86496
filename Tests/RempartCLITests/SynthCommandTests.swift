import Foundation
import RempartSupport
import Testing

@testable import RempartCLI

/// `rempart synth`: help, usage errors, and templates that `rempart scan` reads back.
struct SynthCommandTests {
    @Test(arguments: [Language.english, .french])
    func synthHelp(_ language: Language) throws {
        let text = HelpFormatter(root: Rempart.rootSpec, language: language).help(for: ["rempart", "synth"])
        try Snapshot.check(text, named: "help-synth.\(language.rawValue).txt")
    }

    @Test func hardenedTemplatesScanClean() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }

        let synth = try RempartProcess.run(["synth", "--lab-profile", "hardened", "-o", "out"], in: scratch.url)
        #expect(synth.status == 0)
        #expect(synth.stdout.isEmpty)
        #expect(synth.stderr.hasPrefix("rempart: wrote vpc.yaml, ec2.json, s3.json (hardened) to "))

        let scan = try RempartProcess.run(["scan", "-f", "json", "out"], in: scratch.url)
        #expect(scan.status == 0)
        let report = try ReportDigest(scan.stdout)
        #expect(report.activeRows.isEmpty)
        #expect(report.summary["files"] as? [String: Int] == ["scanned": 3, "skipped": 0, "rejected": 0])
    }

    @Test func baselineTemplatesScanLikeLab() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }

        let synth = try RempartProcess.run(["synth", "--lab-profile", "baseline", "-o", "lab", "-q"], in: scratch.url)
        #expect(synth.status == 0)
        #expect(synth.stderr.isEmpty)

        // The same rules fire on each file as on the lab's own templates. vpc.yaml is written
        // byte for byte like the lab's, so its lines match too; the JSON files are laid out differently.
        let synthesized = try ReportDigest(
            try RempartProcess.run(["scan", "-f", "json", "lab"], in: scratch.url).stdout)
        let lab = try ReportDigest(
            try RempartProcess.run(["scan", "-f", "json", "examples/lab/cloudformation"]).stdout)
        let rows = { (digest: ReportDigest) in
            digest.activeRows.map { row in
                let file = URL(fileURLWithPath: row.file).lastPathComponent
                return file == "vpc.yaml" ? "\(file):\(row.line) \(row.rule)" : "\(file) \(row.rule)"
            }.sorted()
        }
        #expect(rows(synthesized).count == 25)
        #expect(rows(synthesized) == rows(lab))
    }

    @Test func forcedFormatChangesExtensions() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let output = try RempartProcess.run(
            ["synth", "--lab-profile", "baseline", "--format", "json", "-o", "json", "--lang", "fr"], in: scratch.url)
        #expect(output.status == 0)
        #expect(output.stderr.hasPrefix("rempart : vpc.json, ec2.json, s3.json (baseline) écrits dans "))
        let files = try FileManager.default.contentsOfDirectory(atPath: scratch.url.appendingPathComponent("json").path)
        #expect(files.sorted() == ["ec2.json", "s3.json", "vpc.json"])
    }

    @Test func outputFileExitsTwo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("taken", "x")
        let output = try RempartProcess.run(["synth", "--lab-profile", "hardened", "-o", "taken"], in: scratch.url)
        #expect(output.status == 2)
        #expect(output.stderr.hasSuffix("taken is not a directory; give a directory with -o\n"))
        #expect(output.stderr.hasPrefix("error: output path /"))
    }

    @Test(arguments: [
        (["synth", "-o", "out"], "error: missing required option '--lab-profile'"),
        (["synth", "--lab-profile", "hardened"], "error: missing required option '--output'"),
        (
            ["synth", "--profile", "strict", "-o", "out"],
            "error: invalid value 'strict' for '--profile': expected one of baseline, hardened"
        ),
        (
            ["synth", "--lab-profile", "hardened", "-o", ""],
            "error: invalid value '' for '--output': give the directory to write the templates to"
        ),
        (
            ["synth", "--lab-profile", "hardened", "-o", "-"],
            "error: invalid value '-' for '--output': synth writes three files, so give a directory"
        ),
        (
            ["synth", "--lab-profile", "hardened", "-o", "out", "--admin-cidr", "0.0.0.0/0"],
            "error: invalid value '0.0.0.0/0' for '--admin-cidr': expected an IPv4 CIDR block with a prefix length between /16 and /32, such as 203.0.113.7/32"
        ),
        (
            ["synth", "--lab-profile", "hardened", "-o", "out", "--environment-name", "Prod"],
            "error: invalid value 'Prod' for '--environment-name': use 2 to 31 lower-case letters, digits or hyphens, starting with a letter"
        ),
    ])
    func usageErrorsExitSixtyFour(_ arguments: [String], message: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let output = try RempartProcess.run(arguments, in: scratch.url)
        #expect(output.status == 64)
        #expect(output.stderr.split(separator: "\n").first.map(String.init) == message)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty)
    }

    @Test(arguments: [
        ("203.0.113.7/32", true), ("10.0.0.0/16", true), ("0.0.0.0/16", true), ("10.0.0.0/15", false),
        ("0.0.0.0/0", false), ("256.0.0.1/32", false), ("1.2.3/32", false), ("01.2.3.4/32", false),
        ("1.2.3.4/+32", false), ("1.2.3.4", false), ("1.2.3.4/33", false), ("a.b.c.d/32", false),
    ])
    func adminRangeAcceptsSixteenToThirtyTwo(_ cidr: String, isValid: Bool) {
        #expect(SynthRequest.isAdminRange(cidr) == isValid)
    }
}
