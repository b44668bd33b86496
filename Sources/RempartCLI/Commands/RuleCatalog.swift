import Foundation
import RempartRules
import RempartSupport

/// The list printed by `rempart rules`: a table of rules, or the same as JSON.
struct RuleCatalog {
    /// The rules listed, in order.
    var rules: [RuleMetadata]
    var language: Language

    /// Returns the rules as aligned columns: ID, severity, service, aliases, status and title.
    func table() -> String {
        let header = [
            LocalizedText("ID", fr: "ID"), LocalizedText("SEVERITY", fr: "GRAVITÉ"),
            LocalizedText("SERVICE", fr: "SERVICE"), LocalizedText("ALIASES", fr: "ALIAS"),
            LocalizedText("STATUS", fr: "STATUT"), LocalizedText("TITLE", fr: "TITRE"),
        ].map { $0(language) }
        let rows = rules.map { rule in
            [
                rule.id, rule.severity.displayName(language), rule.service,
                rule.aliases.isEmpty ? "-" : rule.aliases.joined(separator: ","),
                Self.statusText(of: rule)(language), rule.title(language),
            ]
        }

        // Every column but the last is padded to its widest cell.
        var widths = header.map(\.count)
        for row in rows {
            for index in row.indices.dropLast() {
                widths[index] = max(widths[index], row[index].count)
            }
        }
        let lines = ([header] + rows).map { cells in
            cells.indices.map { index in
                index == cells.count - 1
                    ? cells[index] : cells[index].padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Returns the rules as a JSON document with `schemaVersion`, sorted keys and a final newline.
    func json() throws -> String {
        let document = RuleDocument.List(
            schemaVersion: RuleDocument.schemaVersion, tool: .current, language: language.rawValue,
            rules: rules.map { RuleDocument.Rule($0, language: language) })
        return try RuleDocument.encode(document)
    }

    /// Returns why a plain scan does not run the rule, or `-` when it does.
    static func statusText(of rule: RuleMetadata) -> LocalizedText {
        var parts: [LocalizedText] = []
        if rule.isDeprecated { parts.append(LocalizedText("deprecated", fr: "dépréciée")) }
        if !rule.frameworks.contains("default") {
            parts.append(LocalizedText("compliance-only", fr: "conformité seulement"))
        }
        if rule.scope == .liveOnly { parts.append(LocalizedText("audit-only", fr: "audit seulement")) }
        guard !parts.isEmpty else { return LocalizedText("-", fr: "-") }
        return LocalizedText(
            parts.map(\.english).joined(separator: ","), fr: parts.map(\.french).joined(separator: ", "))
    }
}
