/// Decides how a string is written in YAML so that every YAML 1.1 and 1.2 reader reads it back
/// as the same string.
///
/// A plain (unquoted) scalar is used when it is safe: it must not read as a boolean, null,
/// number or timestamp (`"2010-09-09"`, `"yes"`, `"0x1F"`, `"1e3"` are quoted), must not start with
/// an indicator character, and must not contain `": "`, `" #"` or characters that need escapes.
/// Other strings are double-quoted, with escapes.
enum YAMLScalar {
    /// The words that YAML 1.1 readers (PyYAML, cfn-lint, older libyaml users) resolve to booleans or null.
    private static let reservedWords: Set<String> = [
        "y", "yes", "n", "no", "true", "false", "on", "off", "null", "~",
    ]

    /// Returns `text` as a plain scalar when that is safe, else double-quoted. In a flow
    /// collection (`inFlow`), the flow indicators `, [ ] { }` also force quotes.
    static func render(_ text: String, inFlow: Bool = false) -> String {
        isPlainSafe(text, inFlow: inFlow) ? text : doubleQuoted(text)
    }

    /// Returns `text` in double quotes, escaping quotes, backslashes and non-printable characters.
    static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where !isPrintable(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                if scalar.value <= 0xFF {
                    result += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                } else if scalar.value <= 0xFFFF {
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result += "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Whether `text` can be written as a literal block scalar (`|`): it has a line break, no
    /// leading space on its first line (which would need an indentation indicator) and only
    /// printable characters or tabs.
    static func isLiteralBlockSafe(_ text: String) -> Bool {
        guard text.contains("\n"), !text.hasPrefix(" "), !text.hasPrefix("\t"), !text.hasPrefix("\n") else {
            return false
        }
        return text.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || isPrintable($0) }
    }

    /// Whether `text` can be folded over several lines (`>-`) and read back unchanged: one line,
    /// words separated by single spaces, printable characters only.
    static func isFoldable(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix(" "), !text.hasSuffix(" "), !text.contains("  ") else { return false }
        return text.unicodeScalars.allSatisfy { $0 != "\t" && isPrintable($0) }
    }

    // MARK: - Plain scalars

    private static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }

        // Whitespace at either end would be trimmed, and indicators start other syntax.
        if first == " " || last == " " || "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if last == ":" || text.contains(": ") || text.contains(" #") { return false }
        if inFlow && text.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        guard text.unicodeScalars.allSatisfy(isPrintable) else { return false }

        // A plain scalar must not resolve to another type in YAML 1.1 or 1.2.
        if reservedWords.contains(text.lowercased()) { return false }
        return !looksLikeNumber(text) && !looksLikeTimestamp(text)
    }

    /// Matches the YAML 1.1 and 1.2 integer and float forms: `12`, `-1_000`, `0x1F`, `0o17`,
    /// `0b101`, `1:30` (sexagesimal), `1.5e3`, `.5`, `.inf`, `-.Inf`, `.NaN`.
    private static func looksLikeNumber(_ text: String) -> Bool {
        let patterns: [Regex<Substring>] = [
            #/[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*)/#,
            #/[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?/#,
            #/[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9]+/#,
            #/[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*/#,
            #/[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)/#,
        ]
        return patterns.contains { text.wholeMatch(of: $0) != nil }
    }

    /// Matches the start of a YAML 1.1 timestamp (`2010-09-09`, `2001-12-14t21:59:43.10-05:00`),
    /// which PyYAML reads as a date.
    private static func looksLikeTimestamp(_ text: String) -> Bool {
        text.prefixMatch(of: #/[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/#) != nil
    }

    /// Whether a character can appear unescaped: YAML's printable set minus the characters that
    /// YAML 1.1 treats as line breaks (NEL, LS, PS) and the byte order mark.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: true
        case 0x85, 0x2028, 0x2029, 0xFEFF: false
        case 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
