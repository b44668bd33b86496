import Foundation
import RempartSupport

extension Evaluator {
    /// The sections whose keys are logical IDs, which CloudFormation accepts only as ASCII letters
    /// and digits (cfn-lint reports other names as E3006 for resources).
    static let logicalIDSections = ["Parameters", "Mappings", "Resources", "Outputs"]

    /// Returns an error for each logical ID with a character other than `A-Z`, `a-z` and `0-9`.
    ///
    /// Resources are checked after `Fn::ForEach` expansion, so a loop's generated names count and
    /// its `Fn::ForEach::` key does not. The resources stay scanned, as cfn-lint goes on linting.
    func invalidLogicalIDs() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for section in Self.logicalIDSections {
            let entries = section == "Resources" ? resourceEntries : template.root[section]?.entries ?? []
            for entry in entries where !Self.isLogicalID(entry.key) && !Self.isGeneratedKey(entry.key) {
                diagnostics.append(Self.invalidLogicalID(entry.key, section: section, at: entry.keyLocation))
            }
        }
        return diagnostics
    }

    /// Returns whether `name` is a valid logical ID: one or more ASCII letters or digits.
    static func isLogicalID(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    /// Returns whether `key` is a function or a loop's name template rather than a logical ID.
    private static func isGeneratedKey(_ key: String) -> Bool {
        key.hasPrefix("Fn::") || key.contains("${") || key.contains("&{")
    }

    /// Returns `name` with accents removed and other characters dropped, when that gives a valid logical ID.
    private static func asciiSuggestion(for name: String) -> String? {
        let folded = name.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        let kept = String(folded.unicodeScalars.filter { isLogicalID(String($0)) }.map(Character.init))
        return kept.isEmpty || kept == name ? nil : kept
    }

    private static func invalidLogicalID(_ name: String, section: String, at location: SourceLocation) -> Diagnostic {
        var seen = Set<String>()
        let characters = name.unicodeScalars.map(String.init).filter { !isLogicalID($0) && seen.insert($0).inserted }
        let englishList = characters.map { "'\($0)'" }.joined(separator: ", ")
        let frenchList = characters.map { "« \($0) »" }.joined(separator: ", ")
        var english =
            "the logical ID '\(name)' in \(section) contains \(englishList), but CloudFormation accepts only the "
            + "letters A-Z and a-z and the digits 0-9 and rejects the template"
        var french =
            "l'identifiant logique « \(name) » dans \(section) contient \(frenchList), mais CloudFormation n'accepte "
            + "que les lettres A à Z et a à z et les chiffres 0 à 9, et rejette le modèle"
        if let suggestion = asciiSuggestion(for: name) {
            english += "; rename it, for example '\(suggestion)'"
            french += " ; renommez-le, par exemple « \(suggestion) »"
        }
        return Diagnostic(.error, LocalizedText(english, fr: french), at: location)
    }
}
