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
            lines += ["", heading(LocalizedText("Good example", fr: "Bon exemple"), commentedYAML: good.yaml)]
            lines += good.text(in: language).split(separator: "\n", omittingEmptySubsequences: false).map {
                "    \($0)"
            }
        }
        if let bad = rule.badExamples.first {
            lines += ["", heading(LocalizedText("Bad example", fr: "Mauvais exemple"), commentedYAML: bad.yaml)]
            lines += bad.text(in: language).split(separator: "\n", omittingEmptySubsequences: false).map {
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

    /// A heading for an example. In French it warns when the YAML itself still has comments,
    /// which are in English because one YAML example serves every language and the tests;
    /// an example's `comment` is printed in the output's language instead.
    private func heading(_ name: LocalizedText, commentedYAML yaml: String) -> String {
        let hasComment = yaml.split(separator: "\n").contains {
            $0.trimmingCharacters(in: .whitespaces).hasPrefix("# ")
        }
        guard language == .french, hasComment else { return heading(name) }
        return heading(LocalizedText(name.english, fr: name.french + " (commentaires en anglais)"))
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
