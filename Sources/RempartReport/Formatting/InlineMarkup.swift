/// Splits rule texts into plain runs and code spans marked with backticks, and writes them as
/// Markdown table cells or HTML.
///
/// Rule remediations quote CloudFormation properties in backticks (`HttpTokens: required`).
/// A text with an odd number of backticks is taken as plain text.
enum InlineMarkup {
    /// A run of a rule text.
    enum Run: Equatable {
        case text(String)
        case code(String)
    }

    /// Returns the runs of `text`.
    static func runs(of text: String) -> [Run] {
        let pieces = text.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
        guard pieces.count % 2 == 1 else { return [.text(text)] }
        return pieces.enumerated().compactMap { index, piece in
            if piece.isEmpty { return nil }
            return index % 2 == 0 ? .text(piece) : .code(piece)
        }
    }

    /// Returns `text` as HTML: escaped, with code spans in `<code>`.
    static func html(_ text: String) -> String {
        runs(of: text).map { run in
            switch run {
            case .text(let plain): XMLText.escape(plain)
            case .code(let code): "<code>\(XMLText.escape(code))</code>"
            }
        }.joined()
    }

    /// Returns `text` as the content of a Markdown table cell, keeping its code spans.
    static func markdownCell(_ text: String) -> String {
        runs(of: text).map { run in
            switch run {
            case .text(let plain): markdownText(plain)
            case .code(let code): markdownCode(code)
            }
        }.joined()
    }

    /// Returns `text` escaped so Markdown shows it literally inside a table cell.
    static func markdownText(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~":
                escaped += "\\\(character)"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\n", "\r": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Returns `code` as a Markdown code span that is safe inside a table cell.
    static func markdownCode(_ code: String) -> String {
        // In a GitHub table the cell splits at `|` even inside a code span, so the pipe stays escaped.
        let body = code.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        var longestRun = 0
        var run = 0
        for character in body {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let padding = body.hasPrefix("`") || body.hasSuffix("`") ? " " : ""
        return fence + padding + body + padding + fence
    }
}
