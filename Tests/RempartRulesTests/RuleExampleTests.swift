import Foundation
import RempartModel
import RempartRules
import RempartScanner
import RempartSupport
import Testing

/// Runs the good and bad examples of every rule in `AllRules` through the whole pipeline.
///
/// A good example must give no failure of its rule; a bad example must fail exactly at the
/// lines marked with `↓`. Failures point at the example in the rule's file. Live-only rules
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
        let bad = metadata.badExamples.enumerated().map {
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
        if testCase.isBad {
            #expect(!markedLines.isEmpty, "a bad example marks its finding with ↓", sourceLocation: location)
            #expect(failedLines == markedLines, "failures at lines \(failedLines.sorted()), expected \(markedLines.sorted())", sourceLocation: location)
        } else {
            #expect(failedLines.isEmpty, "a good example fails at lines \(failedLines.sorted())", sourceLocation: location)
        }
        let unknowns = results.filter { if case .unknown = $0.status { true } else { false } }
        #expect(unknowns.isEmpty, "undecided: \(unknowns.map { "\($0.resource.name): \($0.status)" })", sourceLocation: location)
    }
}
