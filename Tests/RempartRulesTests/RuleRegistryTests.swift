import Foundation
import RempartRules
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

    @Test func aliasesNameOneRuleEach() {
        var owners: [String: String] = [:]
        for rule in AllRules.rules {
            for alias in rule.metadata.aliases {
                #expect(owners[alias] == nil, "\(alias) is an alias of both \(owners[alias] ?? "") and \(rule.metadata.id)")
                owners[alias] = rule.metadata.id
            }
        }
    }
}
