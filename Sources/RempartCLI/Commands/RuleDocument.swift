import Foundation
import RempartRules
import RempartSupport

/// The JSON printed by `rempart rules --format json` and `rempart rules show --format json`.
///
/// Texts are in the run's language, which `language` records; IDs, severities and flags never
/// change with the language. Keys are sorted.
enum RuleDocument {
    /// The version of this format; it changes only when a field changes meaning or goes away.
    static let schemaVersion = 1

    /// The program that wrote the document.
    struct Tool: Codable, Equatable {
        var name: String
        var version: String

        static let current = Tool(name: "rempart", version: RempartVersion.current)
    }

    /// `rempart rules --format json`.
    struct List: Codable {
        var schemaVersion: Int
        var tool: Tool
        var language: String
        var rules: [Rule]
    }

    /// `rempart rules show ID --format json`.
    struct Show: Codable {
        var schemaVersion: Int
        var tool: Tool
        var language: String
        var rule: Rule
    }

    /// One rule. The explanation fields are present only in `show`.
    struct Rule: Codable {
        var id: String
        var slug: String
        var aliases: [String]
        var service: String
        var severity: String
        var title: String
        var resourceTypes: [String]
        var frameworks: [String]
        var deprecated: Bool
        /// Run only by a compliance profile, not by a plain scan (outside trivy's `default` framework).
        var complianceOnly: Bool
        /// Run only on a live account.
        var auditOnly: Bool
        var rationale: String?
        var remediation: String?
        var limitations: String?
        var links: [String]?
        /// The good examples, with the bad examples' `↓` markers removed.
        var goodExamples: [String]?
        var badExamples: [String]?

        /// Creates the entry of `rule`; `detailed` adds the explanation and the examples.
        init(_ rule: RuleMetadata, language: Language, detailed: Bool = false) {
            id = rule.id
            slug = rule.slug
            aliases = rule.aliases
            service = rule.service
            severity = rule.severity.description
            title = rule.title(language)
            resourceTypes = rule.resourceTypes
            frameworks = rule.frameworks
            deprecated = rule.isDeprecated
            complianceOnly = !rule.frameworks.contains("default")
            auditOnly = rule.scope == .liveOnly
            guard detailed else { return }
            rationale = rule.rationale(language)
            remediation = rule.remediation(language)
            limitations = rule.limitations?(language)
            links = rule.links
            goodExamples = rule.goodExamples.map { $0.text(in: language) }
            badExamples = rule.badExamples.map { $0.text(in: language) }
        }
    }

    /// Encodes `value` with sorted keys, two-space indentation and a final newline.
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
