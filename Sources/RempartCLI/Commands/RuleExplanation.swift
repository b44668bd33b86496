import Foundation
import RempartRules
import RempartSupport

/// The explanation printed by `rempart rules show ID`: what the rule checks, why, how to fix it,
/// its limitations and links, and a good and a bad example.
struct RuleExplanation {
    var rule: RuleMetadata
    var language: Language
    /// The width prose is wrapped to.
    var width = 80

    /// Returns the explanation as plain text with a heading per section.
    func text() -> String {
        var lines = ["\(rule.id)  \(rule.slug)", ""]
        lines.append(field(LocalizedText("Service", fr: "Service"), rule.service))
        lines.append(field(LocalizedText("Severity", fr: "Gravité"), rule.severity.displayName(language)))
        if !rule.aliases.isEmpty {
            lines.append(field(LocalizedText("Aliases", fr: "Alias"), rule.aliases.joined(separator: ", ")))
        }
        let status = RuleCatalog.statusText(of: rule)(language)
        if status != "-" { lines.append(field(LocalizedText("Status", fr: "Statut"), status)) }

        lines += section(LocalizedText("What it checks", fr: "Ce qu'elle vérifie"), prose: whatText())
        lines += section(
            LocalizedText("Why it matters", fr: "Pourquoi c'est important"), prose: rule.rationale(language))
        lines += section(LocalizedText("How to fix it", fr: "Comment corriger"), prose: rule.remediation(language))
        if let limitations = rule.limitations {
            lines += section(LocalizedText("Limitations", fr: "Limites"), prose: limitations(language))
        }
        if !rule.links.isEmpty {
            lines += ["", heading(LocalizedText("Links", fr: "Liens"))] + rule.links.map { "  \($0)" }
        }
        if let good = rule.goodExamples.first {
            lines += ["", exampleHeading(LocalizedText("Good example", fr: "Bon exemple"))]
            lines += Self.exampleText(good.yaml).split(separator: "\n", omittingEmptySubsequences: false).map {
                "    \($0)"
            }
        }
        if let bad = rule.badExamples.first {
            lines += ["", exampleHeading(LocalizedText("Bad example", fr: "Mauvais exemple"))]
            lines += Self.exampleText(bad.yaml).split(separator: "\n", omittingEmptySubsequences: false).map {
                "    \($0)"
            }
        }
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }

    /// Returns the explanation as JSON with `schemaVersion`, sorted keys and a final newline.
    func json() throws -> String {
        let document = RuleDocument.Show(
            schemaVersion: RuleDocument.schemaVersion, tool: .current, language: language.rawValue,
            rule: RuleDocument.Rule(rule, language: language, detailed: true))
        return try RuleDocument.encode(document)
    }

    /// Returns an example template as a user would write it: without the `↓` markers that point
    /// the tests at the offending value, and without a trailing newline.
    static func exampleText(_ yaml: String) -> String {
        var text = yaml.replacingOccurrences(of: "↓", with: "")
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    // MARK: - Layout

    private func whatText() -> String {
        let types = rule.resourceTypes.joined(separator: ", ")
        let text = LocalizedText(
            "\(rule.title.english). Resource types read: \(types).",
            fr: "\(rule.title.french). Types de ressources lus : \(types).")
        return text(language)
    }

    private func field(_ name: LocalizedText, _ value: String) -> String {
        language == .french ? "\(name(language)) : \(value)" : "\(name(language)): \(value)"
    }

    /// Returns the heading of an example. In French it warns that the example's comments and
    /// values (descriptions, names) are in English, because one YAML example serves every language
    /// and the tests.
    private func exampleHeading(_ name: LocalizedText) -> String {
        heading(LocalizedText(name.english, fr: name.french + " (textes en anglais)"))
    }

    private func heading(_ name: LocalizedText) -> String {
        language == .french ? "\(name(language)) :" : "\(name(language)):"
    }

    private func section(_ name: LocalizedText, prose: String) -> [String] {
        ["", heading(name)] + wrap(prose, indent: 2)
    }

    /// Wraps `text` at word boundaries to `width`, keeping its paragraph breaks.
    private func wrap(_ text: String, indent: Int) -> [String] {
        let prefix = String(repeating: " ", count: indent)
        var lines: [String] = []
        for paragraph in text.components(separatedBy: "\n") {
            var line = ""
            for word in WrapUnits.split(paragraph) {
                if line.isEmpty {
                    line = String(word)
                } else if prefix.count + line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(prefix + line)
                    line = String(word)
                }
            }
            lines.append(line.isEmpty ? "" : prefix + line)
        }
        return lines
    }
}

extension String {
    /// Returns the string without its trailing spaces.
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
