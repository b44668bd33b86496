import Foundation
import RempartRules
import RempartScanner
import Testing

/// Runs trivy-checks' own CloudFormation examples against the rules with the same IDs: each
/// `bad-N.yaml` must fail its check (deprecated checks excepted) and no `good-N.yaml` may.
///
/// The examples come from aquasecurity/trivy-checks (MIT) and are read from the shared folder
/// beside the package; the test is skipped when it is absent. The totals are printed by
/// `CheckovParityTests`, beside checkov's.
struct TrivyParityTests {
    /// The verdict of one example.
    struct Outcome {
        let ruleID: String
        let file: String
        let isBad: Bool
        let failed: Bool
    }

    /// The totals of a run over the examples.
    struct Totals {
        let outcomes: [Outcome]

        var bad: [Outcome] { outcomes.filter(\.isBad) }
        var good: [Outcome] { outcomes.filter { !$0.isBad } }
        var mismatches: [Outcome] { outcomes.filter { $0.isBad != $0.failed } }

        /// One line: bad examples caught and good examples left clean.
        var summary: String {
            let badCaught = bad.filter(\.failed).count
            let goodClean = good.filter { !$0.failed }.count
            return "trivy parity: bad caught \(badCaught)/\(bad.count), good clean \(goodClean)/\(good.count)"
        }
    }

    /// Evaluates every example of every check that has a rule of the same ID.
    static func totals(in folder: URL) throws -> Totals {
        var outcomes: [Outcome] = []
        for checkFolder in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            guard let rule = AllRules.rules.first(where: { $0.metadata.id == checkFolder }) else { continue }
            let directory = folder.appendingPathComponent(checkFolder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            where name.hasSuffix(".yaml") {
                let isBad = name.hasPrefix("bad")
                // trivy's own integration test skips deprecated checks, and current trivy never
                // reports some of them, so their bad examples are not expected to fire.
                if isBad && rule.metadata.isDeprecated { continue }
                let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                let (_, results) = RulesTestSupport.evaluate(
                    [Pipeline.Source(file: "template.yaml", text: text)], rules: [rule])
                outcomes.append(
                    Outcome(ruleID: checkFolder, file: name, isBad: isBad, failed: results.contains(where: \.isFailure)))
            }
        }
        return Totals(outcomes: outcomes)
    }

    @Test(.enabled(if: RulesTestSupport.sharedFolder != nil))
    func trivyExamplesGiveTrivyVerdicts() throws {
        let folder = try #require(RulesTestSupport.sharedFolder).appendingPathComponent("rules/examples/trivy")
        let totals = try Self.totals(in: folder)
        #expect(!totals.bad.isEmpty && !totals.good.isEmpty)
        for outcome in totals.mismatches {
            Issue.record("\(outcome.ruleID)/\(outcome.file): \(outcome.isBad ? "not reported" : "reported")")
        }
    }
}
