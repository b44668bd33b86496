import Foundation
import RempartModel
import RempartRules
import RempartScanner
import Testing

/// Compares, resource by resource, the verdicts of Rempart rules with those of the checkov
/// checks listed as their aliases, on checkov's own test templates.
///
/// The templates and labels come from bridgecrewio/checkov (Apache-2.0). They are read from the
/// shared folder beside the package, and the test is skipped when it is absent. Differences are
/// printed, not failed, because several aliases are documented as close but not identical.
struct CheckovParityTests {
    /// One labelled resource of a checkov test.
    struct Label {
        let checkID: String
        let files: [String]
        let resource: String
        let expected: String
    }

    @Test(.enabled(if: RulesTestSupport.sharedFolder != nil))
    func checkovVerdictsMatchAliases() throws {
        let folder = try #require(RulesTestSupport.sharedFolder).appendingPathComponent("rules/examples/checkov")
        var agreed = 0
        var total = 0
        var differences: [String] = []
        for checkID in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            guard let rule = AllRules.rules.first(where: { $0.metadata.aliases.contains(checkID) }) else { continue }
            let directory = folder.appendingPathComponent(checkID)
            let labels = try Self.labels(in: directory.appendingPathComponent("expected.json"), checkID: checkID)
            var cache: [String: [CheckResult]] = [:]
            for label in labels {
                let verdicts = try label.files.map { file in
                    if let cached = cache[file] { return Self.verdict(of: label.resource, in: cached) }
                    let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                    let (_, results) = RulesTestSupport.evaluate([Pipeline.Source(file: file, text: text)], rules: [rule])
                    cache[file] = results
                    return Self.verdict(of: label.resource, in: results)
                }
                total += 1
                let matches: Bool
                switch label.expected {
                case "failed": matches = verdicts.contains("failed")
                case "passed": matches = verdicts.contains { $0 != "failed" }
                default: matches = verdicts.contains { $0 != "failed" }
                }
                if matches {
                    agreed += 1
                } else {
                    differences.append(
                        "\(checkID) → \(rule.metadata.id): \(label.resource) in \(label.files.joined(separator: ",")): checkov \(label.expected), Rempart \(verdicts.joined(separator: ","))")
                }
            }
        }
        print("checkov parity: \(agreed)/\(total)")
        for difference in differences { print("  checkov difference: \(difference)") }
        #expect(total > 0)
    }

    /// Returns `failed`, `unknown`, `passed` or `absent` for the resource `TYPE.LogicalID`.
    static func verdict(of resource: String, in results: [CheckResult]) -> String {
        let own = results.filter { "\($0.resource.type).\($0.resource.name)" == resource }
        if own.contains(where: \.isFailure) { return "failed" }
        if own.contains(where: { if case .unknown = $0.status { true } else { false } }) { return "unknown" }
        return own.isEmpty ? "absent" : "passed"
    }

    /// Reads the labelled resources of an `expected.json`, whatever form its runs take.
    static func labels(in file: URL, checkID: String) throws -> [Label] {
        let data = try Data(contentsOf: file)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let runs = root["runs"] as? [[String: Any]]
        else { return [] }
        var labels: [Label] = []
        for run in runs {
            if run["ids_listed_in_test"] as? Bool == true {
                let resourceFiles = run["resource_files"] as? [String: [String]] ?? [:]
                for verdict in ["passed", "failed", "unknown"] {
                    for resource in run[verdict] as? [String] ?? [] {
                        labels.append(
                            Label(checkID: checkID, files: resourceFiles[resource] ?? [], resource: resource, expected: verdict))
                    }
                }
            }
            for key in ["inferred_from_file_names", "derived_from_check_source"] {
                guard let groups = run[key] as? [String: Any] else { continue }
                for verdict in ["passed", "failed", "unknown"] {
                    for entry in groups[verdict] as? [[String: String]] ?? [] {
                        guard let file = entry["file"], let resource = entry["resource"] else { continue }
                        labels.append(Label(checkID: checkID, files: [file], resource: resource, expected: verdict))
                    }
                }
            }
        }
        return labels.filter { !$0.files.isEmpty }
    }
}
