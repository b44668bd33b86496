import Foundation
import RempartModel
import RempartRules
import RempartScanner
import Testing

/// Compares, resource by resource, the verdicts of Rempart rules with those of the checkov
/// checks listed as their aliases, on checkov's own test templates.
///
/// The templates and labels come from bridgecrewio/checkov (Apache-2.0). They are read from the
/// shared folder beside the package, and the test is skipped when it is absent. Every
/// difference must be in `documentedDifferences`, with the reason Rempart's verdict stands;
/// any other difference fails, and so does a documented one that no longer occurs.
struct CheckovParityTests {
    /// One labelled resource of a checkov test.
    struct Label {
        let checkID: String
        let files: [String]
        let resource: String
        let expected: String
    }

    /// A reviewed difference: a resource of a checkov test file whose Rempart verdict differs from
    /// checkov's label, and why Rempart's verdict stands.
    struct DocumentedDifference {
        let checkID: String
        let resource: String
        let file: String
        let reason: String
    }

    /// The differences Rempart keeps, each for a reason stated in the owning rule's `limitations`.
    static let documentedDifferences: [DocumentedDifference] = [
        DocumentedDifference(
            checkID: "CKV_AWS_17", resource: "AWS::RDS::DBInstance.MyDB", file: "RDSPubliclyAccessible-PASSED.yaml",
            reason: "no PubliclyAccessible and no DB subnet group: AWS places it in the default VPC, whose internet gateway makes it public"),
        DocumentedDifference(
            checkID: "CKV_AWS_363", resource: "AWS::Lambda::Function.Pass", file: "example.yaml",
            reason: "nodejs18.x reached its Lambda deprecation date in 2025; checkov's list predates it"),
    ]

    /// The result of comparing every label with the verdict of its rule.
    struct Comparison {
        var agreed = 0
        var total = 0
        var documented: [(DocumentedDifference, String)] = []
        var undocumented: [String] = []
        var seenDocumented: Set<String> = []
    }

    /// Prints the trivy and checkov totals in one block and fails on any difference not documented.
    @Test(.enabled(if: RulesTestSupport.sharedFolder != nil))
    func checkovVerdictsMatchAliases() throws {
        let shared = try #require(RulesTestSupport.sharedFolder)
        let trivy = try TrivyParityTests.totals(in: shared.appendingPathComponent("rules/examples/trivy"))
        let comparison = try Self.compare(in: shared.appendingPathComponent("rules/examples/checkov"))

        var block = ["parity with upstream examples:", "  " + trivy.summary]
        block.append(
            "  checkov parity: \(comparison.agreed + comparison.documented.count)/\(comparison.total) "
                + "(\(comparison.documented.count) documented differences)")
        for (difference, verdict) in comparison.documented {
            block.append(
                "    documented: \(difference.checkID) \(difference.resource) in \(difference.file): \(verdict); \(difference.reason)")
        }
        for difference in comparison.undocumented { block.append("    UNDOCUMENTED: \(difference)") }
        print(block.joined(separator: "\n"))

        #expect(comparison.total > 0)
        for difference in comparison.undocumented {
            Issue.record("undocumented checkov difference: \(difference)")
        }
        for difference in Self.documentedDifferences {
            let limitations = Self.owner(of: difference.checkID, for: difference.resource)?.metadata.limitations
            #expect(limitations != nil, "the rule owning \(difference.checkID) does not state its limitations")
        }
        for difference in Self.documentedDifferences
        where !comparison.seenDocumented.contains(Self.key(difference.checkID, difference.resource, difference.file)) {
            Issue.record("documented difference no longer occurs: \(difference.checkID) \(difference.resource) in \(difference.file)")
        }
    }

    /// Compares every labelled resource of every check folder under `folder` with its rule.
    static func compare(in folder: URL) throws -> Comparison {
        var comparison = Comparison()
        let documented = Dictionary(
            uniqueKeysWithValues: documentedDifferences.map { (key($0.checkID, $0.resource, $0.file), $0) })
        for checkID in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let directory = folder.appendingPathComponent(checkID)
            let labels = try Self.labels(in: directory.appendingPathComponent("expected.json"), checkID: checkID)
            var cache: [String: [CheckResult]] = [:]
            for label in labels {
                guard let rule = owner(of: checkID, for: label.resource) else { continue }
                let verdicts = try label.files.map { file in
                    let cacheKey = "\(rule.metadata.id) \(file)"
                    if let cached = cache[cacheKey] { return Self.verdict(of: label.resource, in: cached) }
                    let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                    let (_, results) = RulesTestSupport.evaluate([Pipeline.Source(file: file, text: text)], rules: [rule])
                    cache[cacheKey] = results
                    return Self.verdict(of: label.resource, in: results)
                }
                comparison.total += 1
                let matches =
                    label.expected == "failed" ? verdicts.contains("failed") : verdicts.contains { $0 != "failed" }
                if matches {
                    comparison.agreed += 1
                    continue
                }
                let files = label.files.joined(separator: ",")
                let verdict = "checkov \(label.expected), Rempart \(verdicts.joined(separator: ","))"
                if let difference = label.files.lazy.compactMap({ documented[key(checkID, label.resource, $0)] }).first {
                    comparison.documented.append((difference, verdict))
                    comparison.seenDocumented.insert(key(checkID, label.resource, difference.file))
                } else {
                    comparison.undocumented.append(
                        "\(checkID) → \(rule.metadata.id): \(label.resource) in \(files): \(verdict)")
                }
            }
        }
        return comparison
    }

    /// The rule that owns `checkID` for the type of `resource` (`TYPE.LogicalID`): the one
    /// reading that type, or the only owner.
    static func owner(of checkID: String, for resource: String) -> (any Rule)? {
        let owners = AllRules.rules.filter { $0.metadata.aliases.contains(checkID) }
        let type = resource.components(separatedBy: ".").first ?? ""
        return owners.first { $0.metadata.resourceTypes.contains(type) } ?? (owners.count == 1 ? owners.first : nil)
    }

    private static func key(_ checkID: String, _ resource: String, _ file: String) -> String {
        "\(checkID) \(resource) \(file)"
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
