import Foundation
import RempartRules
import RempartScanner
import RempartSupport
import Testing

@testable import RempartReport

/// Table, JSON and SARIF reports of the lab templates, compared with `Snapshots/report-*`.
///
/// The version is written as `<VERSION>` and the package path as `<ROOT>`, so the files do
/// not change with releases or checkouts.
struct ReportGoldenTests {
    /// One report to compare.
    struct Case: CustomTestStringConvertible, Sendable {
        var folder: String
        var format: Reporter.Format
        var language: Language
        var snapshot: String
        var testDescription: String { snapshot }
    }

    static let cases: [Case] = [
        Case(folder: "examples/lab/cloudformation", format: .table, language: .english, snapshot: "report-lab.en.txt"),
        Case(folder: "examples/lab/cloudformation", format: .table, language: .french, snapshot: "report-lab.fr.txt"),
        Case(folder: "examples/lab/cloudformation", format: .json, language: .english, snapshot: "report-lab.json"),
        Case(folder: "examples/lab/cloudformation", format: .sarif, language: .english, snapshot: "report-lab.sarif"),
        Case(folder: "examples/lab/hardened", format: .table, language: .english, snapshot: "report-hardened.en.txt"),
        Case(folder: "examples/lab/hardened", format: .sarif, language: .french, snapshot: "report-hardened.fr.sarif"),
    ]

    /// The rules that fire on the lab, so the snapshots, whose SARIF lists every rule that ran,
    /// do not change each time a rule is added elsewhere.
    static let labRuleIDs: Set<String> = [
        "AVD-AWS-0028", "AVD-AWS-0089", "AVD-AWS-0107", "AVD-AWS-0124", "AVD-AWS-0131", "AVD-AWS-0164",
        "AVD-AWS-0178", "RMP-AWS-0001", "RMP-AWS-0240",
    ]

    static func scan(_ folder: String) async -> ScanResult {
        let rules = AllRules.rules.filter { labRuleIDs.contains($0.metadata.id) }
        let options = ScanOptions(rules: rules, workingDirectory: RempartProcess.packageRoot.path)
        return await Scanner(options: options).scan([folder])
    }

    @Test(arguments: cases)
    func reportMatchesSnapshot(_ testCase: Case) async throws {
        let result = await Self.scan(testCase.folder)
        let options = ReportOptions(language: testCase.language, usesColor: false, toolVersion: "<VERSION>")
        let text = try Reporter.render(result, format: testCase.format, options: options)
            .replacingOccurrences(of: RempartProcess.packageRoot.path, with: "<ROOT>")
        try Snapshot.check(text, named: testCase.snapshot)
    }

    @Test func sarifFrenchMessageSpacing() async throws {
        let result = await Self.scan("examples/lab/cloudformation")
        let text = try SARIFReporter(options: ReportOptions(language: .french)).render(result)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let messages = results.compactMap { ($0["message"] as? [String: Any])?["text"] as? String }
        #expect(
            messages.contains(
                "Les groupes de sécurité n'ouvrent pas SSH ni RDP à toutes les adresses : tcp 22 ouvert à 0.0.0.0/0 (LabSecurityGroup)"
            ))
    }

    @Test func sarifIsWhatCodeScanningAccepts() async throws {
        let result = await Self.scan("examples/lab/cloudformation")
        let text = try SARIFReporter(options: ReportOptions()).render(result)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == SARIFReporter.schemaURI)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(rules.count == result.rules.count)
        #expect(rules.count == Self.labRuleIDs.count)
        #expect(results.count == result.findings.count)

        for rule in rules {
            #expect(rule["id"] is String)
            #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
            #expect((rule["fullDescription"] as? [String: Any])?["text"] is String)
            let properties = rule["properties"] as? [String: Any] ?? [:]
            #expect(properties["security-severity"] is String)
            #expect(properties["aliases"] is [String])
        }
        for item in results {
            let index = try #require(item["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == item["ruleId"] as? String)
            #expect(["error", "warning", "note"].contains(item["level"] as? String ?? ""))
            let location = try #require((item["locations"] as? [[String: Any]])?.first)
            let physical = try #require(location["physicalLocation"] as? [String: Any])
            let uri = (physical["artifactLocation"] as? [String: Any])?["uri"] as? String ?? ""
            #expect(uri.hasPrefix("examples/lab/cloudformation/"))
            let region = physical["region"] as? [String: Any] ?? [:]
            #expect((region["startLine"] as? Int ?? 0) >= 1)
            #expect((region["startColumn"] as? Int ?? 0) >= 1)
            let logical = (location["logicalLocations"] as? [[String: Any]])?.first
            #expect((logical?["name"] as? String)?.isEmpty == false)
        }
    }

    @Test func levelsFollowSeverity() {
        #expect(SARIFReporter.level(for: .critical) == "error")
        #expect(SARIFReporter.level(for: .high) == "error")
        #expect(SARIFReporter.level(for: .medium) == "warning")
        #expect(SARIFReporter.level(for: .low) == "note")
        #expect(SARIFReporter.pascalCase("no-public-ingress-sgr") == "NoPublicIngressSgr")
        #expect(SARIFReporter.uri(for: "dir with space/a.yaml") == "dir%20with%20space/a.yaml")
    }

    @Test func jsonFindingsAreInReportOrder() async throws {
        let result = await Self.scan("examples/lab/cloudformation")
        let sorted = result.findings.sorted(by: Finding.reportOrder)
        #expect(result.findings.map(\.location) == sorted.map(\.location))
        let text = try JSONReporter(options: ReportOptions()).render(result)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(object?["schemaVersion"] as? Int == JSONReporter.schemaVersion)
    }
}
