import Foundation
import RempartRules
import RempartScanner
import Testing

/// Checks the lab templates in `examples/lab`: the baseline gives exactly trivy's findings
/// (rule, resource, file, line) plus Rempart's own RMP-AWS-0001 on the other world-open ports,
/// and the hardened version gives nothing.
struct LabTests {
    /// One finding of the baseline, as trivy reports it.
    struct Finding: Decodable, Hashable, CustomStringConvertible {
        let file: String
        let rule: String
        let resource: String
        let line: Int

        var description: String { "\(file):\(line) \(rule) \(resource)" }
    }

    static let labFolder = RulesTestSupport.packageRoot.appendingPathComponent("examples/lab")

    static func findings(_ output: Pipeline.Output) -> [Finding] {
        output.results.filter(\.isFailure).map {
            Finding(file: $0.location?.file ?? "", rule: $0.ruleID, resource: $0.resource.name, line: $0.location?.line ?? 0)
        }
    }

    @Test func baselineGivesTrivyFindings() throws {
        let baseline = try String(
            contentsOf: RulesTestSupport.packageRoot.appendingPathComponent(
                "Tests/RempartRulesTests/Fixtures/Lab/trivy-baseline.jsonl"), encoding: .utf8)
        let expected = try baseline.split(separator: "\n").map {
            try JSONDecoder().decode(Finding.self, from: Data($0.utf8))
        }
        let output = Pipeline.run(try RulesTestSupport.sources(in: Self.labFolder.appendingPathComponent("cloudformation")))
        #expect(output.errors.isEmpty)

        let found = Self.findings(output)
        let trivyCompatible = found.filter { $0.rule.hasPrefix("AVD-") }
        #expect(trivyCompatible.count == expected.count)
        #expect(Set(trivyCompatible) == Set(expected),
            "missing \(Set(expected).subtracting(trivyCompatible).sorted { $0.description < $1.description }), extra \(Set(trivyCompatible).subtracting(expected).sorted { $0.description < $1.description })")

        // The ports trivy leaves out: DNS, SQL Server, MySQL, PostgreSQL, Wazuh and OpenSearch.
        let ownLines = found.filter { $0.rule == "RMP-AWS-0001" }.map(\.line).sorted()
        #expect(ownLines == [227, 231, 235, 239, 247, 251])

        // Plain HTTP open to the world, reported at low severity.
        let httpLines = found.filter { $0.rule == "RMP-AWS-0240" }.map(\.line).sorted()
        #expect(httpLines == [219])
        #expect(found.allSatisfy { $0.rule.hasPrefix("AVD-") || $0.rule == "RMP-AWS-0001" || $0.rule == "RMP-AWS-0240" })
    }

    @Test func baselineMatchesSharedExpectation() throws {
        let shared = try #require(RulesTestSupport.sharedFolder).appendingPathComponent("lab/expected/trivy-baseline.jsonl")
        let copy = RulesTestSupport.packageRoot.appendingPathComponent("Tests/RempartRulesTests/Fixtures/Lab/trivy-baseline.jsonl")
        #expect(try String(contentsOf: shared, encoding: .utf8) == String(contentsOf: copy, encoding: .utf8))
    }

    @Test func hardenedGivesNothing() throws {
        let output = Pipeline.run(try RulesTestSupport.sources(in: Self.labFolder.appendingPathComponent("hardened")))
        #expect(output.errors.isEmpty)
        #expect(Self.findings(output).isEmpty, "\(Self.findings(output))")
    }
}
