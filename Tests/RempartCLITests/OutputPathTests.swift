import Foundation
import Testing

/// `-o` never replaces an input of the command, and a path that cannot be written stops the
/// command before any file is written.
struct OutputPathTests {
    static let lab = RempartProcess.packageRoot.appendingPathComponent("examples/lab/cloudformation/vpc.yaml")

    /// A scratch folder holding a copy of the lab's vpc.yaml as `vpc.yaml`.
    static func scratchWithTemplate() throws -> (Scratch, Data) {
        let scratch = try Scratch()
        let text = try Data(contentsOf: lab)
        try text.write(to: scratch.url.appendingPathComponent("vpc.yaml"))
        return (scratch, text)
    }

    static func replacesInput(_ output: String, _ input: String) -> String {
        "\(output): error: this output file would replace '\(input)', an input of the command, so nothing was "
            + "written; choose another output path\n"
    }

    @Test func scanOutputOntoNamedInputIsRejected() throws {
        let (scratch, original) = try Self.scratchWithTemplate()
        defer { scratch.remove() }
        let output = try RempartProcess.run(["scan", "-f", "json", "-o", "vpc.yaml", "vpc.yaml"], in: scratch.url)
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == Self.replacesInput("vpc.yaml", "vpc.yaml"))
        #expect(try Data(contentsOf: scratch.url.appendingPathComponent("vpc.yaml")) == original)
    }

    @Test func scanOutputOntoTemplateOfScannedDirectoryIsRejected() throws {
        let (scratch, original) = try Self.scratchWithTemplate()
        defer { scratch.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: scratch.url.appendingPathComponent("link.json").path, withDestinationPath: "vpc.yaml")

        let inDirectory = try RempartProcess.run(["scan", "-q", "-o", "vpc.yaml", "."], in: scratch.url)
        #expect(inDirectory.status == 2)
        #expect(inDirectory.stderr == Self.replacesInput("vpc.yaml", "."))

        // A link to the template is the template.
        let throughLink = try RempartProcess.run(["scan", "-q", "-o", "link.json", "vpc.yaml"], in: scratch.url)
        #expect(throughLink.status == 2)
        #expect(throughLink.stderr == Self.replacesInput("link.json", "vpc.yaml"))
        #expect(try Data(contentsOf: scratch.url.appendingPathComponent("vpc.yaml")) == original)
    }

    @Test func parametersFileIsAnInputToo() throws {
        let (scratch, _) = try Self.scratchWithTemplate()
        defer { scratch.remove() }
        try scratch.write("params.json", #"{"EnvironmentName": "lab"}"#)
        let output = try RempartProcess.run(
            ["scan", "--lang", "fr", "--parameters-file", "params.json", "-o", "params.json", "vpc.yaml"],
            in: scratch.url)
        #expect(output.status == 2)
        #expect(
            output.stderr
                == "params.json: erreur : ce fichier de sortie remplacerait « params.json », une entrée de la commande, "
                + "donc rien n'a été écrit ; choisissez un autre chemin de sortie\n")
    }

    @Test func previousReportInScannedDirectoryIsReplaced() throws {
        let (scratch, _) = try Self.scratchWithTemplate()
        defer { scratch.remove() }
        try scratch.write("report.json", "{}")
        let output = try RempartProcess.run(["scan", "-q", "-f", "json", "-o", "report.json", "."], in: scratch.url)
        #expect(output.status == 1)
        let report = try String(contentsOf: scratch.url.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(report.hasPrefix("{\n  \"diagnostics\" : ["))
    }

    @Test func reportAndDiagramOutputsOntoInputsAreRejected() throws {
        let (scratch, original) = try Self.scratchWithTemplate()
        defer { scratch.remove() }
        let report = try RempartProcess.run(["report", "-o", "vpc.yaml", "vpc.yaml"], in: scratch.url)
        #expect(report.status == 2)
        #expect(report.stderr == Self.replacesInput("vpc.yaml", "vpc.yaml"))

        // The diagram beside a Markdown report is an output too.
        try Data(contentsOf: Self.lab).write(to: scratch.url.appendingPathComponent("notes-architecture.svg"))
        let beside = try RempartProcess.run(
            ["report", "-o", "notes.md", "vpc.yaml", "notes-architecture.svg"], in: scratch.url)
        #expect(beside.status == 2)
        #expect(beside.stderr == Self.replacesInput("notes-architecture.svg", "notes-architecture.svg"))

        let diagram = try RempartProcess.run(["diagram", "-o", "vpc.yaml", "."], in: scratch.url)
        #expect(diagram.status == 2)
        #expect(diagram.stderr == Self.replacesInput("vpc.yaml", "."))
        #expect(try Data(contentsOf: scratch.url.appendingPathComponent("vpc.yaml")) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
            == ["notes-architecture.svg", "vpc.yaml"])
    }

    @Test func auditOutputOntoTemplateIsRejected() throws {
        let (scratch, original) = try Self.scratchWithTemplate()
        defer { scratch.remove() }
        // The check runs before the account is read, so no endpoint is needed.
        let output = try RempartProcess.run(
            ["audit", "--template", "vpc.yaml", "-o", "vpc.yaml"], in: scratch.url,
            environment: ["HOME": scratch.url.path, "AWS_ENDPOINT_URL": "http://127.0.0.1:9"])
        #expect(output.status == 2)
        #expect(output.stderr == Self.replacesInput("vpc.yaml", "vpc.yaml"))
        #expect(try Data(contentsOf: scratch.url.appendingPathComponent("vpc.yaml")) == original)
    }

    @Test func reportIntoDirectoryWritesNothing() throws {
        let (scratch, _) = try Self.scratchWithTemplate()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(
            at: scratch.url.appendingPathComponent("rep"), withIntermediateDirectories: true)
        let output = try RempartProcess.run(["report", "-o", "rep", "vpc.yaml"], in: scratch.url)
        #expect(output.status == 2)
        #expect(
            output.stderr
                == "rep: error: cannot write the file: it is a directory; give a file path such as rep/report.md\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == ["rep", "vpc.yaml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.appendingPathComponent("rep").path) == [])

        let html = try RempartProcess.run(["report", "-f", "html", "-o", "rep", "vpc.yaml"], in: scratch.url)
        #expect(html.stderr.hasSuffix("give a file path such as rep/report.html\n"))
    }

    @Test func reportUnderOtherExtensionWarns() throws {
        let (scratch, _) = try Self.scratchWithTemplate()
        defer { scratch.remove() }
        let output = try RempartProcess.run(["report", "--no-diagram", "-o", "x.pdf", "vpc.yaml"], in: scratch.url)
        #expect(output.status == 0)
        #expect(
            output.stderr.hasPrefix(
                "x.pdf: warning: the report is written as Markdown, whatever the file's extension; name the file .md "
                    + "or .html, or give --format\n"))
    }

    @Test func synthKeepsUsersFilesWithoutForce() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let first = try RempartProcess.run(["synth", "--lab-profile", "baseline", "-o", "lab", "-q"], in: scratch.url)
        #expect(first.status == 0)

        // Writing the same templates again changes nothing and needs no --force.
        let again = try RempartProcess.run(["synth", "--lab-profile", "baseline", "-o", "lab", "-q"], in: scratch.url)
        #expect(again.status == 0)

        let vpc = scratch.url.appendingPathComponent("lab/vpc.yaml")
        let edited = try String(contentsOf: vpc, encoding: .utf8) + "# my own edits\n"
        try Data(edited.utf8).write(to: vpc)
        let ec2 = try Data(contentsOf: scratch.url.appendingPathComponent("lab/ec2.json"))
        let refused = try RempartProcess.run(["synth", "--lab-profile", "hardened", "-o", "lab"], in: scratch.url)
        #expect(refused.status == 2)
        let folder = scratch.url.appendingPathComponent("lab").standardizedFileURL.path
        #expect(
            refused.stderr
                == "error: \(folder)/vpc.yaml, \(folder)/ec2.json, \(folder)/s3.json exist and differ from the "
                + "synthesized templates, so nothing was written; use --force to replace them, or choose another "
                + "directory with -o\n")
        #expect(try String(contentsOf: vpc, encoding: .utf8) == edited)
        #expect(try Data(contentsOf: scratch.url.appendingPathComponent("lab/ec2.json")) == ec2)

        let french = try RempartProcess.run(
            ["synth", "--lab-profile", "baseline", "-o", "lab", "--lang", "fr"], in: scratch.url)
        #expect(french.status == 2)
        #expect(
            french.stderr
                == "erreur : \(folder)/vpc.yaml existe et diffère du modèle synthétisé, donc rien n'a été écrit ; "
                + "utilisez --force pour le remplacer, ou choisissez un autre dossier avec -o\n")

        let forced = try RempartProcess.run(
            ["synth", "--lab-profile", "hardened", "-o", "lab", "--force", "-q"], in: scratch.url)
        #expect(forced.status == 0)
        #expect(try !String(contentsOf: vpc, encoding: .utf8).contains("# my own edits"))
    }
}
