/// Counts followed by a noun phrase that agrees with them.
extension LocalizedText {
    /// Returns `count` and a noun phrase in the grammatical number each language gives that count.
    ///
    /// English uses the singular for 1 only ("0 files", "1 file"). French uses it for 0 and 1
    /// (« 0 fichier », « 1 fichier », « 2 fichiers »), so adjectives and participles agree too:
    /// « 1 vérification indéterminée ».
    ///
    /// - Parameters:
    ///   - count: The number printed before the phrase.
    ///   - english: The English singular, such as `undecided check`.
    ///   - englishPlural: The English plural; by default the singular followed by `s`.
    ///   - french: The French singular, such as `vérification indéterminée`.
    ///   - frenchPlural: The French plural; by default every word of the singular takes an `s`,
    ///     except words that already end in `s`, `x` or `z`. Give it for phrases with a
    ///     preposition (« écarts de dérive ») or an irregular plural (« journaux »).
    public static func count(
        _ count: Int, _ english: String, plural englishPlural: String? = nil, fr french: String,
        frPlural frenchPlural: String? = nil
    ) -> LocalizedText {
        let englishPhrase = count == 1 ? english : englishPlural ?? english + "s"
        let frenchPhrase = abs(count) <= 1 ? french : frenchPlural ?? regularFrenchPlural(french)
        return LocalizedText("\(count) \(englishPhrase)", fr: "\(count) \(frenchPhrase)")
    }

    /// Returns the phrase with an `s` added to every word that does not end in `s`, `x` or `z`.
    private static func regularFrenchPlural(_ phrase: String) -> String {
        phrase.split(separator: " ", omittingEmptySubsequences: false).map { word in
            guard let last = word.last, !"sxz".contains(last) else { return String(word) }
            return word + "s"
        }.joined(separator: " ")
    }
}
