import Foundation
import RempartSupport

/// The `rempart:ignore:ID` and `trivy:ignore:ID` directives of one text file, for secrets.
///
/// Any file can hold a secret, so the directive is found in any comment syntax: a directive
/// suppresses a secret on its own line, or in the block of comment-only lines just above it.
/// A comment-only line starts with `#`, `//`, `--`, `;`, `/*`, `*` or `<!--`.
struct SecretDirectives: Sendable {
    /// Directives by 1-based line.
    private var directives: [Int: [SuppressionIndex.Directive]] = [:]
    /// Lines that hold only a comment.
    private var commentLines: Set<Int> = []

    private static let commentPrefixes = ["#", "//", "--", ";", "/*", "*", "<!--"]

    /// Reads the directives of `text`, a file reported as `file`; nil when it has none.
    init?(text: String, file: String) {
        guard text.range(of: "ignore:", options: .caseInsensitive) != nil else { return nil }
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if Self.commentPrefixes.contains(where: { trimmed.hasPrefix($0) }) { commentLines.insert(number) }
            guard trimmed.range(of: "ignore:", options: .caseInsensitive) != nil else { continue }
            let location = SourceLocation(file: file, line: number, column: 1)
            let parsed = SuppressionIndex.directives(in: Self.withoutCommentMarkers(trimmed), at: location).ignore
            if !parsed.isEmpty { directives[number] = parsed }
        }
        if directives.isEmpty { return nil }
    }

    /// Returns `line` with comment markers turned into spaces, so `#trivy:ignore:ID` and
    /// `<!-- rempart:ignore:ID -->` become plain directive tokens.
    private static func withoutCommentMarkers(_ line: String) -> String {
        var text = line
        for marker in ["<!--", "-->", "/*", "*/", "//", "--", "#", ";"] {
            text = text.replacingOccurrences(of: marker, with: " ")
        }
        return text
    }

    /// Returns the suppression of a secret of rule `ruleID` at `line`, if a directive names it.
    func suppression(ruleID: String, line: Int) -> Suppression? {
        var current = line
        while current >= 1 {
            let directive = directives[current]?.first { directive in
                directive.ruleNames.contains { $0.caseInsensitiveCompare(ruleID) == .orderedSame }
            }
            if let directive {
                // Text after a directive on the secret's own line may be the secret itself.
                return Suppression(
                    kind: .inSource, source: .comment, justification: current == line ? nil : directive.justification,
                    location: directive.location)
            }
            current -= 1
            guard commentLines.contains(current) else { return nil }
        }
        return nil
    }
}
