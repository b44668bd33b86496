import RempartSupport

extension UnknownReason {
    /// The reason in every supported language; `english` equals `description`.
    public var localizedDescription: LocalizedText {
        Self.localizedDescription(ofEnglish: description)
    }

    /// Returns the reason whose English text is `english`, with its French version.
    ///
    /// The model carries reasons as English strings (`Resolved.unresolved(reason:)`,
    /// `CheckResult.Status.unknown(reason:)`), so the reporters translate them back here, from
    /// the forms of `frenchForms`. Reasons joined by `; ` are translated one by one. A reason
    /// of a form this function does not know keeps its English text in French, with its
    /// `'quoted'` values in « », which is better than no reason.
    public static func localizedDescription(ofEnglish english: String) -> LocalizedText {
        LocalizedText(english, fr: french(english))
    }

    /// Returns whether `english` has a form that `localizedDescription(ofEnglish:)` translates,
    /// as a whole or as a list joined by `; `.
    public static func hasFrenchForm(_ english: String) -> Bool {
        translated(english) != nil || translatedList(english) != nil
    }

    /// Returns the French text of an English reason, or the English text when its form is unknown.
    private static func french(_ english: String) -> String {
        translatedList(english) ?? translated(english) ?? quoted(english)
    }

    /// Returns the French text of a reason of a known form, or nil.
    private static func translated(_ english: String) -> String? {
        for form in frenchForms {
            if let text = form.french(of: english, translate: french) { return text }
        }
        return nil
    }

    /// Returns the French text of reasons joined by `; `, each of a known form, or nil.
    private static func translatedList(_ english: String) -> String? {
        let parts = english.components(separatedBy: "; ")
        guard parts.count > 1 else { return nil }
        let french = parts.compactMap(translated)
        return french.count == parts.count ? french.joined(separator: " ; ") : nil
    }

    /// Rewrites `'value'` as `« value »`, the French quotes around user values.
    private static func quoted(_ text: String) -> String {
        let parts = text.split(separator: "'", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts.count % 2 == 1 else { return text }
        var result = ""
        for (index, part) in parts.enumerated() {
            if index % 2 == 1 { result += "« \(part) »" } else { result += part }
        }
        return result
    }
}
