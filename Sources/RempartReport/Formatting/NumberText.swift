import RempartSupport

/// Formats numbers the way each language writes them, independently of the system locale.
///
/// English groups thousands with a comma (`1,234`); French, as in Québec, with a no-break
/// space (`1 234`). Reports are compared byte for byte, so the host's locale data must not
/// change them.
public enum NumberText {
    /// Returns `value` with its thousands grouped for `language`.
    public static func integer(_ value: Int, in language: Language) -> String {
        let separator = language == .english ? "," : "\u{00A0}"
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 {
                grouped += separator
            }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }
}
