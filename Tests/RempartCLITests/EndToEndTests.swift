import Foundation
import RempartSupport
import Testing

/// Runs the built `rempart` binary and checks stdout, stderr and the exit code separately.
@Suite(.serialized)
struct EndToEndTests {
    /// trivy 0.67.2's findings on the lab templates: file, rule and line.
    static let trivyBaseline: Set<ReportDigest.Row> = {
        var rows: Set<ReportDigest.Row> = [
            .init(file: "ec2.json", rule: "AVD-AWS-0028", line: 28),
            .init(file: "ec2.json", rule: "AVD-AWS-0131", line: 39),
            .init(file: "s3.json", rule: "AVD-AWS-0089", line: 26),
            .init(file: "vpc.yaml", rule: "AVD-AWS-0178", line: 38),
            .init(file: "vpc.yaml", rule: "AVD-AWS-0164", line: 67),
            .init(file: "vpc.yaml", rule: "AVD-AWS-0164", line: 78),
            .init(file: "vpc.yaml", rule: "AVD-AWS-0107", line: 215),
            .init(file: "vpc.yaml", rule: "AVD-AWS-0107", line: 243),
        ]
        for line in [212, 216, 220, 224, 228, 232, 236, 240, 244, 248] {
            rows.insert(.init(file: "vpc.yaml", rule: "AVD-AWS-0124", line: line))
        }
        return rows
    }()

    @Test func labBaselineReportsTrivyFindingsAndOpenPorts() throws {
        let output = try RempartProcess.run(["scan", "-f", "json", "examples/lab/cloudformation"])
        #expect(output.status == 1)
        let report = try ReportDigest(output.stdout)
        let trivyRows = Set(report.activeRows.filter { $0.rule.hasPrefix("AVD-") })
        #expect(trivyRows == Self.trivyBaseline)
        #expect(report.active(withPrefix: "AVD-").count == 18)

        // Rempart's own rule flags the world-open ports trivy leaves out (1433, 3306, 5432, ...).
        let ownFindings = report.active(withPrefix: "RMP-")
        #expect(!ownFindings.isEmpty)
        #expect(ownFindings.allSatisfy { ($0["resource"] as? [String: Any])?["logicalId"] as? String == "LabSecurityGroup" })
        #expect(output.stderr.contains("3 files: 3 scanned, 0 skipped, 0 rejected"))
    }

    @Test func hardenedLabIsClean() throws {
        let output = try RempartProcess.run(["scan", "examples/lab/hardened"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Report Summary"))
        #expect(output.stdout.contains("Findings: 0 (CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0)"))
        #expect(output.stdout.contains("Files: 3 scanned, 0 skipped, 0 rejected"))
    }

    @Test func brokenFileAloneExitsTwo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("broken.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: [\n  a: b\n")
        let output = try RempartProcess.run(["scan", "broken.yaml"], in: scratch.url)
        #expect(output.status == 2)
        #expect(output.stderr.contains("broken.yaml:"))
        #expect(output.stderr.contains(": error: "))
        #expect(output.stderr.contains("rempart: 1 file: 0 scanned, 0 skipped, 1 rejected; 0 findings, 0 suppressed, 0 undecided checks\n"))

        let french = try RempartProcess.run(["scan", "--lang", "fr", "broken.yaml"], in: scratch.url)
        #expect(
            french.stderr.contains(
                "rempart : 1 fichier : 0 analysé, 0 ignoré, 1 rejeté ; 0 constat, 0 exempté, 0 vérification indéterminée\n"))
    }

    @Test func brokenFileDoesNotStopOthers() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("a-broken.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {")
        try scratch.write("b-bucket.yaml", Self.versionedBucket)
        try scratch.write("notes.json", "{\"name\": \"not a template\"}")
        let output = try RempartProcess.run(["scan", "-f", "json", "."], in: scratch.url)
        // The other files are still scanned and reported, but the rejected template makes the exit code 2.
        #expect(output.status == 2)
        #expect(output.stderr.contains("a-broken.json:1:"))
        #expect(output.stderr.contains("3 files: 1 scanned, 1 skipped, 1 rejected"))
        let report = try ReportDigest(output.stdout)
        #expect(report.activeRows.contains { $0.file == "b-bucket.yaml" })
    }

    @Test func emptyDirectoryExitsTwo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("empty/README.md", "no templates here")
        let output = try RempartProcess.run(["scan", "empty"], in: scratch.url)
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("error: no .json, .yaml, .yml, .template or .txt file found in empty\n"))
    }

    @Test func missingPathExitsTwo() throws {
        let output = try RempartProcess.run(["scan", "does-not-exist.yaml"])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("does-not-exist.yaml: error: no such file or directory\n"))
    }

    @Test func usageErrorExits64WithSuggestion() throws {
        let output = try RempartProcess.run(["scan", "--severty", "HIGH", "examples/lab/cloudformation"])
        #expect(output.status == 64)
        #expect(output.stdout.isEmpty)
        #expect(
            output.stderr == """
                error: unknown option '--severty'; did you mean '--severity'?
                Usage: rempart scan [<options>] <path> ...
                  See 'rempart scan --help' for more information.

                """)
    }

    @Test func frenchFromFlagAndLocale() throws {
        let flag = try RempartProcess.run(["scan", "--lang", "fr", "examples/lab/cloudformation"])
        #expect(flag.status == 1)
        #expect(flag.stdout.contains("Résumé du rapport"))
        #expect(flag.stdout.contains("Correctif : "))
        #expect(flag.stderr.contains("3 fichiers : 3 analysés, 0 ignoré, 0 rejeté"))

        let locale = try RempartProcess.run(["scan", "--frmat", "json", "x"], environment: ["LANG": "fr_CA.UTF-8"])
        #expect(locale.status == 64)
        #expect(locale.stderr.hasPrefix("erreur : option inconnue « --frmat » ; vouliez-vous dire « --format » ?"))
    }

    @Test func colorOnlyWhenAllowed() throws {
        let always = try RempartProcess.run(["scan", "--color", "always", "examples/lab/cloudformation"])
        #expect(always.stdout.contains("\u{1B}[31mHIGH\u{1B}[0m"))
        let auto = try RempartProcess.run(["scan", "examples/lab/cloudformation"], environment: ["NO_COLOR": "1"])
        #expect(!auto.stdout.contains("\u{1B}["))
        let never = try RempartProcess.run(["scan", "--color=never", "examples/lab/cloudformation"])
        #expect(!never.stdout.contains("\u{1B}["))
    }

    @Test func skipRulesByIDAndAlias() throws {
        let output = try RempartProcess.run(
            ["scan", "-f", "json", "--skip-rules", "AVD-AWS-0124,CKV_AWS_24", "--skip-rules", "nope", "examples/lab/cloudformation"])
        let rules = Set(try ReportDigest(output.stdout).activeRows.map(\.rule))
        #expect(!rules.contains("AVD-AWS-0124"))
        #expect(!rules.contains("AVD-AWS-0107"))
        #expect(rules.contains("AVD-AWS-0178"))
        #expect(output.stderr.contains("warning: --skip-rules: no rule is named 'nope'"))
    }

    @Test func versionAndHelpGoToStdout() throws {
        let version = try RempartProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "rempart \(RempartVersion.current)\n")
        let help = try RempartProcess.run(["help", "scan"], environment: ["LC_ALL": "fr_CA.UTF-8"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("APERÇU : Analyser des modèles CloudFormation"))
        #expect(help.stderr.isEmpty)
    }

    @Test func outputFileLeavesStdoutEmpty() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let report = scratch.url.appendingPathComponent("report.sarif").path
        let output = try RempartProcess.run(["scan", "-f", "sarif", "-o", report, "examples/lab/cloudformation"])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: report)), as: UTF8.self)
        #expect(text.contains("\"version\" : \"2.1.0\""))

        // A second run replaces the report and leaves no temporary file behind.
        let again = try RempartProcess.run(["scan", "-f", "json", "-o", report, "examples/lab/hardened"])
        #expect(again.status == 0)
        let json = String(decoding: try Data(contentsOf: URL(fileURLWithPath: report)), as: UTF8.self)
        #expect(json.contains("\"schemaVersion\" : 1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["report.sarif"])

        let missingFolder = try RempartProcess.run(["scan", "-o", "/nonexistent-rempart/report.txt", "examples/lab/hardened"])
        #expect(missingFolder.status == 2)
        #expect(
            missingFolder.stderr.hasPrefix(
                "/nonexistent-rempart/report.txt: error: cannot write the report: the folder /nonexistent-rempart does not exist"))
    }

    @Test func outputThroughLinkKeepsLinks() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let fileManager = FileManager.default
        let nullLink = scratch.url.appendingPathComponent("null-link").path
        try fileManager.createSymbolicLink(atPath: nullLink, withDestinationPath: "/dev/null")
        try scratch.write("old-report.json", String(repeating: "x", count: 100_000))
        let fileLink = scratch.url.appendingPathComponent("report-link").path
        try fileManager.createSymbolicLink(atPath: fileLink, withDestinationPath: "old-report.json")

        let toNull = try RempartProcess.run(["scan", "-f", "json", "-o", nullLink, "examples/lab/cloudformation"])
        #expect(toNull.status == 1)
        #expect(try fileManager.attributesOfItem(atPath: nullLink)[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(try fileManager.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType == .typeCharacterSpecial)

        let toFile = try RempartProcess.run(["scan", "-f", "json", "-o", fileLink, "examples/lab/cloudformation"])
        #expect(toFile.status == 1)
        #expect(try fileManager.attributesOfItem(atPath: fileLink)[.type] as? FileAttributeType == .typeSymbolicLink)
        let report = try Data(contentsOf: scratch.url.appendingPathComponent("old-report.json"))
        #expect(try JSONSerialization.jsonObject(with: report) is [String: Any])
    }

    @Test func unusableOutputPathsExplained() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let lab = RempartProcess.packageRoot.appendingPathComponent("examples/lab/cloudformation").path

        let folder = try RempartProcess.run(["scan", "-q", "-o", "missing/report.json", lab], in: scratch.url)
        #expect(folder.status == 2)
        #expect(folder.stderr.hasPrefix("missing/report.json: error: cannot write the report: the folder /"))
        #expect(folder.stderr.contains("/missing does not exist; create it first or write the report elsewhere\n"))

        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        let directory = try RempartProcess.run(["scan", "-q", "-o", "out", "--lang", "fr", lab], in: scratch.url)
        #expect(directory.status == 2)
        #expect(
            directory.stderr.hasPrefix(
                "out: erreur : impossible d'écrire le rapport : c'est un dossier ; indiquez un chemin de fichier comme out/report.txt\n"))

        let empty = try RempartProcess.run(["scan", "-o", "", lab], in: scratch.url)
        #expect(empty.status == 64)
        #expect(empty.stderr.hasPrefix("error: invalid value '' for '--output': give a file path, or - for standard output\n"))
    }

    @Test func severityFilterAndFailOn() throws {
        let high = try RempartProcess.run(["scan", "-f", "json", "--severity", "HIGH", "examples/lab/cloudformation"])
        #expect(high.status == 1)
        let report = try ReportDigest(high.stdout)
        #expect(!report.findings.isEmpty)
        #expect(report.findings.allSatisfy { $0["severity"] as? String == "HIGH" })

        let none = try RempartProcess.run(["scan", "-q", "--fail-on", "none", "examples/lab/cloudformation"])
        #expect(none.status == 0)
        #expect(none.stderr.isEmpty)

        let lowOnly = try RempartProcess.run(["scan", "-q", "--severity", "LOW", "--fail-on", "critical", "examples/lab/cloudformation"])
        #expect(lowOnly.status == 0)
    }

    static let parameterizedBucket = """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          VersioningStatus:
            Type: String
            Default: Suspended
        Resources:
          DataBucket:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: !Ref VersioningStatus
        """

    static let versionedBucket = """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          DataBucket:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: Enabled
        """

    @Test func parametersFromFilesAndFlags() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("bucket.yaml", Self.parameterizedBucket)
        try scratch.write("list.json", #"[{"ParameterKey": "VersioningStatus", "ParameterValue": "Enabled"}]"#)
        try scratch.write("map.json", #"{"VersioningStatus": "Enabled"}"#)
        try scratch.write("bad.json", #"{"VersioningStatus": {"x": 1}}"#)

        func versioningFindings(_ extra: [String]) throws -> Int {
            let output = try RempartProcess.run(["scan", "-f", "json"] + extra + ["bucket.yaml"], in: scratch.url)
            return try ReportDigest(output.stdout).activeRows.filter { $0.rule == "AVD-AWS-0090" }.count
        }
        #expect(try versioningFindings([]) == 1)
        #expect(try versioningFindings(["--parameters-file", "list.json"]) == 0)
        #expect(try versioningFindings(["--parameters-file", "map.json"]) == 0)
        #expect(try versioningFindings(["--parameter", "VersioningStatus=Enabled"]) == 0)
        #expect(try versioningFindings(["--parameters-file", "map.json", "--parameter", "VersioningStatus=Off"]) == 1)

        let bad = try RempartProcess.run(["scan", "--parameters-file", "bad.json", "bucket.yaml"], in: scratch.url)
        #expect(bad.status == 2)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.hasPrefix("bad.json:1:22: error: the value of 'VersioningStatus' must be"))

        let malformed = try RempartProcess.run(["scan", "--parameter", "=x", "bucket.yaml"], in: scratch.url)
        #expect(malformed.status == 64)
    }

    @Test func inlineCommentCaseHoldsWithLines() throws {
        let folder = RempartProcess.sharedFolder.appendingPathComponent("cases/10-inline-ignore-comment")
        let template = folder.appendingPathComponent("template.yaml")
        guard FileManager.default.fileExists(atPath: template.path) else { return }
        let output = try RempartProcess.run(["scan", "-f", "json", "template.yaml"], in: folder)
        let report = try ReportDigest(output.stdout)
        let open = report.findings.filter { $0["ruleId"] as? String == "AVD-AWS-0107" && ($0["suppressed"] as? Bool) != true }
        let openPairs = Set(open.map { finding in
            "\((finding["resource"] as? [String: Any])?["logicalId"] as? String ?? ""):"
                + "\((finding["location"] as? [String: Any])?["line"] as? Int ?? 0)"
        })
        #expect(openPairs == ["ToolingSG:29", "ReportingSG:41"])
        let tooling0124 = report.findings.filter {
            $0["ruleId"] as? String == "AVD-AWS-0124"
                && ($0["resource"] as? [String: Any])?["logicalId"] as? String == "ToolingSG"
        }
        #expect(tooling0124.allSatisfy { $0["suppressed"] as? Bool == true })
        #expect(report.summary["suppressed"] as? Int ?? 0 >= 2)
    }

    @Test func trivyAndCheckovCommentsSuppress() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(
            "groups.yaml",
            """
            Resources:
              TrivyGroup:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: trivy style
                  SecurityGroupIngress:
                    - IpProtocol: tcp
                      FromPort: 22
                      ToPort: 22
                      #trivy:ignore:AVD-AWS-0107
                      CidrIp: 0.0.0.0/0
                      Description: ssh
              CheckovGroup:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  # checkov:skip=CKV_AWS_24:jump host
                  GroupDescription: checkov style
                  SecurityGroupIngress:
                    - IpProtocol: tcp
                      FromPort: 22
                      ToPort: 22
                      CidrIp: 0.0.0.0/0
                      Description: ssh
              OpenGroup:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: no suppression
                  SecurityGroupIngress:
                    - IpProtocol: tcp
                      FromPort: 22
                      ToPort: 22
                      CidrIp: 0.0.0.0/0 # rempart:ignore:AVD-AWS-0124
                      Description: ssh
            """)
        let output = try RempartProcess.run(["scan", "-f", "json", "groups.yaml"], in: scratch.url)
        let report = try ReportDigest(output.stdout)
        #expect(report.suppressedRows.map(\.description).sorted() == ["groups.yaml:11 AVD-AWS-0107", "groups.yaml:22 AVD-AWS-0107"])
        #expect(report.activeRows.filter { $0.rule == "AVD-AWS-0107" }.map(\.line) == [32])
        let reasons = report.findings.compactMap { ($0["suppression"] as? [String: Any])?["justification"] as? String }
        #expect(reasons == ["jump host"])
    }

    @Test func metadataAndIgnoreFileSuppressions() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(
            "groups.json",
            """
            {
              "Resources": {
                "AdminGroup": {
                  "Type": "AWS::EC2::SecurityGroup",
                  "Metadata": {"rempart": {"ignore": [{"id": "AVD-AWS-0107", "reason": "bastion"}]}},
                  "Properties": {
                    "GroupDescription": "admin",
                    "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"}]
                  }
                },
                "VendorGroup": {
                  "Type": "AWS::EC2::SecurityGroup",
                  "Metadata": {"checkov": {"skip": [{"id": "CKV_AWS_24", "comment": "vendor managed"}]}},
                  "Properties": {
                    "GroupDescription": "vendor",
                    "SecurityGroupIngress": [
                      {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0", "Description": "ssh"}
                    ]
                  }
                }
              }
            }
            """)
        try scratch.write(".rempartignore", "# accepted until the audit\nAVD-AWS-0124 groups.json:AdminGroup exp:2099-01-01\n")
        let output = try RempartProcess.run(["scan", "-f", "json", "groups.json"], in: scratch.url)
        let report = try ReportDigest(output.stdout)
        let suppressed = report.suppressedRows.map(\.rule).sorted()
        #expect(suppressed == ["AVD-AWS-0107", "AVD-AWS-0107", "AVD-AWS-0124"])
        #expect(report.activeRows.filter { ["AVD-AWS-0107", "AVD-AWS-0124"].contains($0.rule) }.isEmpty)
        let sources = Set(report.findings.compactMap { ($0["suppression"] as? [String: Any])?["source"] as? String })
        #expect(sources == ["metadata", "ignoreFile"])

        let noIgnore = try RempartProcess.run(
            ["scan", "-f", "json", "--ignore-file", "missing-ignore", "groups.json"], in: scratch.url)
        #expect(noIgnore.status == 2)
        #expect(noIgnore.stderr.hasPrefix("missing-ignore: error: cannot read the ignore file"))
    }

    @Test func namedNonTemplateIsExplained() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("package.json", "{\"name\": \"app\"}")
        try scratch.write("folder/other.json", "{\"name\": \"app\"}")
        let named = try RempartProcess.run(["scan", "-f", "json", "package.json"], in: scratch.url)
        #expect(named.status == 0)
        #expect(
            named.stderr.hasPrefix(
                "package.json: warning: not a CloudFormation template (no resource under Resources has an AWS::, "
                    + "Custom:: or Alexa:: type); the file is skipped\n"))

        let walked = try RempartProcess.run(["scan", "-f", "json", "folder"], in: scratch.url)
        #expect(!walked.stderr.contains("warning"))
    }

    @Test func readerWarningPrintedOnce() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("tagged.yaml", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Foo x\n")
        let output = try RempartProcess.run(["scan", "-f", "json", "tagged.yaml"], in: scratch.url)
        let warnings = output.stderr.split(separator: "\n").filter { $0.hasPrefix("tagged.yaml:5:19: warning: unknown tag '!Foo'") }
        #expect(warnings.count == 1, "\(output.stderr)")
    }

    @Test func corpusRunsWithoutCrashOrHang() throws {
        let corpus = RempartProcess.sharedFolder.appendingPathComponent("corpus")
        guard FileManager.default.fileExists(atPath: corpus.path) else { return }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let report = scratch.url.appendingPathComponent("corpus.json").path
        let output = try RempartProcess.run(["scan", "-f", "json", "-o", report, corpus.path], timeout: 600)
        #expect(!output.timedOut)
        let summary = output.stderr.split(separator: "\n").last.map(String.init) ?? ""
        // The corpus holds unreadable templates on purpose; any rejected file makes the exit code 2.
        let expected: Set<Int32> = summary.contains(" 0 rejected;") ? [0, 1] : [2]
        #expect(expected.contains(output.status), "exit \(output.status): \(output.stderr.suffix(2000))")
        #expect(summary.contains(" scanned, ") || summary.contains(" invalid), "), "\(summary)")
        #expect(summary.contains(" skipped, "))
        #expect(summary.contains(" rejected;"))
    }
}
