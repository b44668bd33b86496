import Foundation
import RempartModel
import RempartRules
import RempartScanner
import RempartSupport
import RempartTemplate
import Testing

/// Runs the good and bad examples of every rule in `AllRules` through the whole pipeline.
///
/// A good example must give no failure of its rule; a bad example must fail exactly at the
/// lines marked with `↓` (a deprecated rule only at those lines, if at all). Failures point at the example in the rule's file. Live-only rules
/// are skipped, because a template cannot show what they check.
struct RuleExampleTests {
    /// One example of one rule, named for the test list.
    struct Case: CustomTestStringConvertible, Sendable {
        let ruleID: String
        let isBad: Bool
        let index: Int
        let example: RuleMetadata.Example

        var testDescription: String { "\(ruleID) \(isBad ? "bad" : "good") \(index + 1)" }
    }

    static let cases: [Case] = AllRules.rules.filter { $0.metadata.scope == .everywhere }.flatMap { rule in
        let metadata = rule.metadata
        let good = metadata.goodExamples.enumerated().map {
            Case(ruleID: metadata.id, isBad: false, index: $0.offset, example: $0.element)
        }
        // A deprecated rule never reports, so its bad examples only document what it once checked.
        let bad = metadata.isDeprecated ? [] : metadata.badExamples.enumerated().map {
            Case(ruleID: metadata.id, isBad: true, index: $0.offset, example: $0.element)
        }
        return good + bad
    }

    @Test(arguments: cases)
    func exampleGivesExpectedFindings(_ testCase: Case) throws {
        let location = RulesTestSupport.sourceLocation(of: testCase.example)
        let rule = try #require(AllRules.rule(named: testCase.ruleID))
        let (text, markedLines) = RulesTestSupport.stripMarkers(testCase.example.yaml)
        let (output, results) = RulesTestSupport.evaluate([Pipeline.Source(file: "example.yaml", text: text)], rules: [rule])

        #expect(output.errors.isEmpty, "the example does not read: \(output.errors.map(\.message.english))", sourceLocation: location)
        let failedLines = Set(results.filter(\.isFailure).compactMap { $0.location?.line })
        if testCase.isBad && rule.metadata.isDeprecated {
            // A deprecated rule may have no logic left (trivy emptied some); what it reports
            // must still be at the marked lines.
            #expect(failedLines.isSubset(of: markedLines), "failures at lines \(failedLines.sorted()), expected within \(markedLines.sorted())", sourceLocation: location)
        } else if testCase.isBad {
            #expect(!markedLines.isEmpty, "a bad example marks its finding with ↓", sourceLocation: location)
            #expect(failedLines == markedLines, "failures at lines \(failedLines.sorted()), expected \(markedLines.sorted())", sourceLocation: location)
        } else {
            #expect(failedLines.isEmpty, "a good example fails at lines \(failedLines.sorted())", sourceLocation: location)
        }
        let unknowns = results.filter { if case .unknown = $0.status { true } else { false } }
        #expect(unknowns.isEmpty, "undecided: \(unknowns.map { "\($0.resource.name): \($0.status)" })", sourceLocation: location)
    }
}

/// Runs every example again as JSON with long-form intrinsics, which must give the same
/// verdicts on the same resources as the YAML original.
struct RuleExampleJSONVariantTests {
    @Test(arguments: RuleExampleTests.cases)
    func jsonVariantGivesSameVerdicts(_ testCase: RuleExampleTests.Case) throws {
        let location = RulesTestSupport.sourceLocation(of: testCase.example)
        let rule = try #require(AllRules.rule(named: testCase.ruleID))
        let (text, _) = RulesTestSupport.stripMarkers(testCase.example.yaml)
        guard case .template(let template) = try TemplateReader.read(Data(text.utf8), file: "example.yaml") else {
            Issue.record("the example is not a template", sourceLocation: location)
            return
        }
        let json = NodeFormatter.compactJSON(template.root)

        let (_, yamlResults) = RulesTestSupport.evaluate([Pipeline.Source(file: "example.yaml", text: text)], rules: [rule])
        let (jsonOutput, jsonResults) = RulesTestSupport.evaluate(
            [Pipeline.Source(file: "example.json", text: json)], rules: [rule])
        #expect(jsonOutput.errors.isEmpty, sourceLocation: location)
        let summary = { (results: [CheckResult]) in
            results.map { "\($0.resource.name) \($0.status)" }.sorted()
        }
        #expect(summary(jsonResults) == summary(yamlResults), sourceLocation: location)
    }
}
