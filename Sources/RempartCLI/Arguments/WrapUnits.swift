/// Splits text into the units that line wrapping may separate.
///
/// French puts a space before `:`, `;`, `?`, `!` and `»` and after `«`. Those spaces must not
/// become line breaks, because a line would then start with `:` or a quote would lose its mark.
enum WrapUnits {
    /// Marks that stay on the line of the word before them.
    static let closing: Set<String> = [":", ";", "?", "!", "»"]

    /// Returns the words of `paragraph`, each French mark joined to its neighbor by a space.
    static func split(_ paragraph: String) -> [String] {
        var units: [String] = []
        var pendingOpening = ""
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            if word == "«" {
                pendingOpening += word + " "
            } else if closing.contains(word), pendingOpening.isEmpty, let last = units.popLast() {
                units.append(last + " " + word)
            } else {
                units.append(pendingOpening + word)
                pendingOpening = ""
            }
        }
        if !pendingOpening.isEmpty { units.append(String(pendingOpening.dropLast())) }
        return units
    }
}
