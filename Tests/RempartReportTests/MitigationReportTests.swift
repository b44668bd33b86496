import Foundation
import RempartModel
import RempartReport
import RempartRules
import RempartSupport
import Testing

/// Order, tallies, escaping and localization of the mitigation report.
struct MitigationReportTests {
    @Test func entriesAreSortedBySeverityFileLineAndID() throws {
        let report = try LabFixture(.baseline).report()
        let order = report.entries.map { "\($0.severity) \($0.place):\($0.location?.line ?? 0) \($0.ruleID)" }
        #expect(
            order == [
                "HIGH ec2.json:28 AVD-AWS-0028", "HIGH ec2.json:39 AVD-AWS-0131", "HIGH vpc.yaml:67 AVD-AWS-0164",
                "HIGH vpc.yaml:78 AVD-AWS-0164", "HIGH vpc.yaml:215 AVD-AWS-0107", "HIGH vpc.yaml:243 AVD-AWS-0107",
                "MEDIUM vpc.yaml:38 AVD-AWS-0178", "LOW s3.json:26 AVD-AWS-0089", "LOW vpc.yaml:212 AVD-AWS-0124",
                "LOW vpc.yaml:216 AVD-AWS-0124", "LOW vpc.yaml:220 AVD-AWS-0124", "LOW vpc.yaml:224 AVD-AWS-0124",
                "LOW vpc.yaml:228 AVD-AWS-0124", "LOW vpc.yaml:232 AVD-AWS-0124", "LOW vpc.yaml:236 AVD-AWS-0124",
                "LOW vpc.yaml:240 AVD-AWS-0124", "LOW vpc.yaml:244 AVD-AWS-0124", "LOW vpc.yaml:248 AVD-AWS-0124",
            ])
    }

    @Test func summaryCountsMatchTheLab() throws {
        let report = try LabFixture(.baseline).report()
        #expect(report.countsBySeverity == [.high: 6, .medium: 1, .low: 11])
        let byFile = report.countsByPlace.map { ($0.place, $0.counts.values.reduce(0, +)) }
        #expect(byFile.map(\.0) == ["ec2.json", "s3.json", "vpc.yaml"])
        #expect(byFile.map(\.1) == [2, 1, 15])
        #expect(report.passedCount == 1)
        #expect(report.unknownCount == 1)

        // One row per rule and file, as in the lab's own table.
        let rows = report.mitigations.map { "\($0.entry.ruleID) \($0.entry.place) ×\($0.occurrences)" }
        #expect(
            rows == [
                "AVD-AWS-0028 ec2.json ×1", "AVD-AWS-0131 ec2.json ×1", "AVD-AWS-0164 vpc.yaml ×2",
                "AVD-AWS-0107 vpc.yaml ×2", "AVD-AWS-0178 vpc.yaml ×1", "AVD-AWS-0089 s3.json ×1",
                "AVD-AWS-0124 vpc.yaml ×10",
            ])
    }

    @Test func cleanScanListsEveryFileWithZero() throws {
        let report = try LabFixture(.hardened).report()
        #expect(report.entries.isEmpty)
        #expect(report.countsByPlace.map(\.place) == ["ec2.json", "s3.json", "vpc.yaml"])
        let markdown = report.markdown(in: .english)
        #expect(markdown.contains("| `vpc.yaml` | 0 | 0 | 0 | 0 | 0 |"))
        #expect(markdown.contains("No finding: no check failed."))
        #expect(!markdown.contains("## Findings in detail"))
        #expect(report.html(in: .french).contains("<p>Aucun constat\u{00A0}: aucune vérification n&#39;a échoué.</p>"))
    }

    @Test func failuresOfUnknownRulesAreNamed() {
        let address = ResourceAddress.template(
            type: "AWS::S3::Bucket", logicalID: "B", at: SourceLocation(file: "a.yaml", line: 3, column: 3))
        let results = [CheckResult(ruleID: "RMP-AWS-0999", resource: address, status: .failed, origin: address.origin)]
        let report = MitigationReport(results: results, rules: LabRules.all, subject: .files(["a.yaml"]))
        #expect(report.entries.isEmpty)
        #expect(report.unmatchedRuleIDs == ["RMP-AWS-0999"])
        #expect(report.markdown(in: .english).contains("Failures of rules missing from this report: RMP-AWS-0999"))
    }

    @Test func markdownEscapesTableCells() {
        let report = Self.hostileReport()
        let markdown = report.markdown(in: .english)
        let row = markdown.components(separatedBy: "\n").first {
            $0.hasPrefix("| **AVD-AWS-0124**") && $0.contains("a.yaml:7")
        }
        #expect(
            row
                == "| **AVD-AWS-0124** Security group rules have a description | LOW | `a.yaml:7` (Group\\|&lt;1&gt;) | "
                + "rule \\| with &lt;b&gt;bold&lt;/b&gt; and \\*stars\\* `a\\|b` | Set `Description` on every ingress and "
                + "egress rule. |")
    }

    @Test func htmlEscapesEverythingAndLoadsNothing() {
        let html = Self.hostileReport().html(in: .french)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr-CA\">"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("règle | with &lt;b&gt;bold&lt;/b&gt; and *stars* <code>a|b</code>"))
        #expect(html.contains("<span class=\"resource\">Group|&lt;1&gt;</span>"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(html.components(separatedBy: "http").count == 1)
        #expect(html.contains("@media print"))
        #expect(html.contains("break-inside: avoid"))
    }

    @Test func liveReportNamesResourcesAndRegion() {
        let address = ResourceAddress.live(type: "AWS::EC2::Instance", id: "i-0abc", region: "ca-central-1")
        let results = [CheckResult(ruleID: "AVD-AWS-0028", resource: address, status: .failed, origin: address.origin)]
        let report = MitigationReport(
            results: results, rules: LabRules.all,
            subject: .liveAccount(accountID: "123456789012", region: "ca-central-1"))
        let markdown = report.markdown(in: .french)
        #expect(markdown.contains("Ressources en service auditées\u{00A0}: compte 123456789012, région ca-central-1"))
        #expect(markdown.contains("### Constats par ressource"))
        #expect(markdown.contains("| `i-0abc (ca-central-1)` | 0 | 1 | 0 | 0 | 1 |"))
        #expect(markdown.contains("| ÉLEVÉE | `i-0abc (ca-central-1)` | — |"))
    }

    @Test func datesAndNumbersFollowTheLanguage() {
        // 2026-03-01 09:05 UTC.
        let date = Date(timeIntervalSince1970: 1_772_355_900)
        #expect(DateText.dateTime(date, in: .english) == "March 1, 2026 at 09:05 UTC")
        #expect(DateText.dateTime(date, in: .french) == "1er mars 2026 à 9 h 05 UTC")
        let later = Date(timeIntervalSince1970: 1_796_417_033)
        #expect(DateText.dateTime(later, in: .french) == "4 décembre 2026 à 20 h 43 UTC")
        #expect(NumberText.integer(1_234_567, in: .english) == "1,234,567")
        #expect(NumberText.integer(1_234_567, in: .french) == "1\u{00A0}234\u{00A0}567")
        #expect(NumberText.integer(-1_000, in: .french) == "-1\u{00A0}000")
        #expect(NumberText.integer(999, in: .english) == "999")

        let report = MitigationReport(results: [], rules: [], subject: .files([]), generatedAt: date)
        #expect(report.markdown(in: .french).contains("Produit le 1er mars 2026 à 9 h 05 UTC"))
        #expect(report.html(in: .english).contains("<p class=\"meta\">Generated on March 1, 2026 at 09:05 UTC</p>"))
    }

    @Test func everyHeadingIsTranslated() throws {
        let report = try LabFixture(.baseline).report()
        let english = report.markdown(in: .english, diagramPath: "d.svg")
        let french = report.markdown(in: .french, diagramPath: "d.svg")
        let englishHeadings = english.components(separatedBy: "\n").filter { $0.hasPrefix("#") }
        let frenchHeadings = french.components(separatedBy: "\n").filter { $0.hasPrefix("#") }
        #expect(
            frenchHeadings == [
                "# Rapport d'atténuation Rempart", "## Sommaire", "### Constats par gravité",
                "### Constats par fichier",
                "## Architecture", "## Mesures d'atténuation", "## Constats en détail", "### ÉLEVÉE (6)",
                "### MOYENNE (1)", "### FAIBLE (11)",
            ])
        #expect(englishHeadings.count == frenchHeadings.count)
        #expect(french.contains("![Diagramme d'architecture](d.svg)"))
        #expect(french.contains("| Vérification | Gravité | Fichier | Problème | Atténuation |"))
    }

    // MARK: - Helpers

    /// Returns a report whose texts contain Markdown and HTML syntax.
    static func hostileReport() -> MitigationReport {
        let address = ResourceAddress.template(
            type: "AWS::EC2::SecurityGroup", logicalID: "Group|<1>",
            at: SourceLocation(file: "a.yaml", line: 5, column: 3))
        let detail = LocalizedText(
            "rule | with <b>bold</b> and *stars* `a|b`", fr: "règle | with <b>bold</b> and *stars* `a|b`")
        let results = [
            CheckResult(
                ruleID: "AVD-AWS-0124", resource: address, status: .failed,
                origin: .source(SourceLocation(file: "a.yaml", line: 7, column: 9)), detail: detail)
        ]
        return MitigationReport(results: results, rules: LabRules.all, subject: .files(["a.yaml"]))
    }
}
