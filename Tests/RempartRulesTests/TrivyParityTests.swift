import Foundation
import RempartRules
import RempartScanner
import Testing

/// Runs trivy-checks' own CloudFormation examples against the rules with the same IDs: each
/// `bad-N.yaml` must fail its check (deprecated checks excepted) and no `good-N.yaml` may.
///
/// The examples come from aquasecurity/trivy-checks (MIT) and are read from the shared folder
/// beside the package; the test is skipped when it is absent.
struct TrivyParityTests {
    /// The verdict of one example.
    struct Outcome {
        let ruleID: String
        let file: String
        let isBad: Bool
        let failed: Bool
    }

    @Test(.enabled(if: RulesTestSupport.sharedFolder != nil))
    func trivyExamplesGiveTrivyVerdicts() throws {
        let folder = try #require(RulesTestSupport.sharedFolder).appendingPathComponent("rules/examples/trivy")
        var outcomes: [Outcome] = []
        for checkFolder in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            guard let rule = AllRules.rules.first(where: { $0.metadata.id == checkFolder }) else { continue }
            let directory = folder.appendingPathComponent(checkFolder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            where name.hasSuffix(".yaml") && !(rule.metadata.isDeprecated && name.hasPrefix("bad")) {
                // Deprecated checks have no logic left in trivy, so their bad examples are not reported there either.
                let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                let (_, results) = RulesTestSupport.evaluate([Pipeline.Source(file: "template.yaml", text: text)], rules: [rule])
                let isBad = name.hasPrefix("bad")
                // trivy's own integration test skips deprecated checks, and current trivy never
                // reports some of them, so their bad examples are not expected to fire.
                if isBad && rule.metadata.isDeprecated { continue }
                outcomes.append(
                    Outcome(ruleID: checkFolder, file: name, isBad: isBad, failed: results.contains(where: \.isFailure)))
            }
        }

        let bad = outcomes.filter(\.isBad)
        let good = outcomes.filter { !$0.isBad }
        let badCaught = bad.filter(\.failed).count
        let goodClean = good.filter { !$0.failed }.count
        print("trivy parity: bad caught \(badCaught)/\(bad.count), good clean \(goodClean)/\(good.count)")
        for outcome in outcomes where outcome.isBad != outcome.failed {
            Issue.record("\(outcome.ruleID)/\(outcome.file): \(outcome.isBad ? "not reported" : "reported")")
        }
    }
}
