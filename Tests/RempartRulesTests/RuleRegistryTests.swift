import Foundation
import RempartRules
import RempartScanner
import Testing

/// Checks the list of rules: unique sorted IDs, examples for each, and agreement with the
/// rule files under `Sources/RempartRules/Rules`.
struct RuleRegistryTests {
    @Test func idsAreUniqueAndSorted() {
        let ids = AllRules.rules.map(\.metadata.id)
        #expect(Set(ids).count == ids.count, "duplicate IDs: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        #expect(ids == ids.sorted(), "AllRules is not sorted by ID")
    }

    @Test func slugsAreUniqueKebabCase() {
        let slugs = AllRules.rules.map(\.metadata.slug)
        #expect(Set(slugs).count == slugs.count)
        for slug in slugs {
            #expect(slug.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "slug '\(slug)' is not kebab case")
        }
    }

    @Test func everyRuleHasGoodAndBadExamples() {
        for rule in AllRules.rules {
            #expect(!rule.metadata.goodExamples.isEmpty, "\(rule.metadata.id) has no good example")
            #expect(!rule.metadata.badExamples.isEmpty, "\(rule.metadata.id) has no bad example")
        }
    }

    @Test func everyRuleHasBothLanguages() {
        for rule in AllRules.rules {
            let metadata = rule.metadata
            for text in [metadata.title, metadata.rationale, metadata.remediation] + [metadata.limitations].compactMap({ $0 }) {
                #expect(!text.english.isEmpty, "\(metadata.id) has an empty English text")
                #expect(!text.french.isEmpty, "\(metadata.id) has an empty French text")
                #expect(text.english != text.french, "\(metadata.id) has an untranslated text: \(text.english)")
            }
            #expect(!metadata.resourceTypes.isEmpty, "\(metadata.id) lists no resource type")
        }
    }

    /// A CloudTrail trail is a « journal de suivi » in French, as in the AWS console.
    @Test func frenchTextsNameTrailsJournalDeSuivi() {
        for rule in AllRules.rules {
            let metadata = rule.metadata
            for text in [metadata.title, metadata.rationale, metadata.remediation] + [metadata.limitations].compactMap({ $0 }) {
                #expect(!text.french.lowercased().contains("piste"), "\(metadata.id): \(text.french)")
            }
        }
    }

    @Test func ruleFilesMatchTheList() throws {
        let rulesFolder = RulesTestSupport.packageRoot.appendingPathComponent("Sources/RempartRules/Rules")
        let enumerator = try #require(FileManager.default.enumerator(atPath: rulesFolder.path))
        var declared: Set<String> = []
        for case let path as String in enumerator where path.hasSuffix(".swift") {
            declared.insert(((path as NSString).lastPathComponent as NSString).deletingPathExtension)
        }
        let listed = Set(AllRules.rules.map { String(describing: type(of: $0)) })
        #expect(declared.subtracting(listed).isEmpty, "rule files missing from AllRules: \(declared.subtracting(listed).sorted())")
        #expect(listed.subtracting(declared).isEmpty, "listed rules without a file of their name: \(listed.subtracting(declared).sorted())")
    }

    /// A checkov ID names one rule for each resource type, so a finding, a suppression and a
    /// parity verdict always mean one rule.
    @Test func aliasesNameOneRulePerResourceType() {
        var owners: [String: [any Rule]] = [:]
        for rule in AllRules.rules {
            for alias in rule.metadata.aliases { owners[alias, default: []].append(rule) }
        }
        for (alias, rules) in owners.sorted(by: { $0.key < $1.key }) where rules.count > 1 {
            var typeOwners: [String: String] = [:]
            for rule in rules {
                for type in rule.metadata.resourceTypes {
                    #expect(
                        typeOwners[type] == nil,
                        "\(alias) on \(type) is an alias of both \(typeOwners[type] ?? "") and \(rule.metadata.id)")
                    typeOwners[type] = rule.metadata.id
                }
            }
        }
    }

    /// The SAM rules that share a checkov ID with an API Gateway rule, as checkov covers both.
    @Test func samRulesShareAPIGatewayAliases() {
        let owners = { (alias: String) in
            AllRules.rules.filter { $0.metadata.aliases.contains(alias) }.map(\.metadata.id).sorted()
        }
        #expect(owners("CKV_AWS_73") == ["AVD-AWS-0003", "AVD-AWS-0111"])
        #expect(owners("CKV_AWS_76") == ["AVD-AWS-0001", "AVD-AWS-0113"])
        #expect(owners("CKV_AWS_95") == ["AVD-AWS-0001", "AVD-AWS-0116"])
        #expect(owners("CKV_AWS_120") == ["RMP-AWS-0115"])
    }

    /// The deprecated trivy checks whose Rego rule has metadata only: trivy never reports them.
    static let emptyInTrivy: Set<String> = ["AVD-AWS-0057", "AVD-AWS-0114", "AVD-AWS-0120"]

    /// A listed rule that is not deprecated gives a verdict on its bad examples, so none is a stub;
    /// the checks trivy emptied give none, even when deprecated rules run.
    @Test func noRuleIsAStub() {
        for rule in AllRules.rules {
            let metadata = rule.metadata
            var results = 0
            for example in metadata.badExamples {
                let (text, _) = RulesTestSupport.stripMarkers(example.yaml)
                results += RulesTestSupport.evaluate([Pipeline.Source(file: "example.yaml", text: text)], rules: [rule])
                    .results.count
            }
            if Self.emptyInTrivy.contains(metadata.id) {
                #expect(metadata.isDeprecated, "\(metadata.id) is empty in trivy but not deprecated")
                #expect(results == 0, "\(metadata.id) is empty in trivy but reports \(results) results")
            } else if !metadata.isDeprecated {
                #expect(results > 0, "\(metadata.id) gives no verdict on its bad examples")
            }
        }
    }
}
