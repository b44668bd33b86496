import Foundation
import RempartSupport

/// Finds secrets in text files, in CloudFormation parameter defaults and in instance user data.
public struct SecretScanner: Sendable {
    /// Files larger than this many bytes are not read for secrets.
    public static let maximumFileSize = 10 * 1024 * 1024

    public var rules: [SecretRule]

    public init(rules: [SecretRule] = SecretRules.all) {
        self.rules = rules
    }

    /// Returns the secrets in `data`, or nothing when the data looks binary (a NUL byte in
    /// its first 8 KiB), is larger than `maximumFileSize`, or is not UTF-8.
    public func scan(_ data: Data, file: String) -> [SecretFinding] {
        guard data.count <= Self.maximumFileSize, !data.prefix(8192).contains(0),
            let text = String(data: data, encoding: .utf8)
        else { return [] }
        return scan(text: text, file: file)
    }

    /// Returns the secrets in `text`, sorted by line and column.
    public func scan(text: String, file: String, lineOffset: Int = 0, columnOffset: Int = 0) -> [SecretFinding] {
        let lowercased = text.lowercased()
        let candidates = rules.filter { rule in rule.keywords.contains { lowercased.contains($0) } }
        guard !candidates.isEmpty else { return [] }

        let index = LineIndex(text)
        let nsText = text as NSString
        var findings: [SecretFinding] = []
        for rule in candidates {
            let matches = rule.pattern.matches(in: text, range: NSRange(location: 0, length: nsText.length))
            for match in matches {
                let secretRange = Self.secretRange(of: match)
                let secret = nsText.substring(with: secretRange)
                if Self.isDocumentationPlaceholder(secret) { continue }
                let position = index.position(ofUTF16Offset: secretRange.location)
                let location = SourceLocation(
                    file: file, line: position.line + lineOffset,
                    column: position.line == 1 ? position.column + columnOffset : position.column)
                findings.append(
                    SecretFinding(
                        ruleID: rule.id, category: rule.category, title: rule.title, severity: rule.severity,
                        location: location, maskedLine: index.maskedLine(in: nsText, hiding: secretRange),
                        remediation: rule.remediation))
            }
        }
        return findings.sorted { ($0.location, $0.ruleID) < ($1.location, $1.ruleID) }
    }

    /// Returns the range of the `secret` capture group, or of the whole match.
    private static func secretRange(of match: NSTextCheckingResult) -> NSRange {
        let group = match.range(withName: "secret")
        return group.location == NSNotFound ? match.range : group
    }

    /// Returns whether a secret is one of AWS's documentation placeholders, such as the access key
    /// `AKIAIOSFODNN7EXAMPLE`: they grant nothing, and reporting them is a false result.
    static func isDocumentationPlaceholder(_ secret: String) -> Bool {
        secret.hasSuffix("EXAMPLE") || secret.hasSuffix("EXAMPLEKEY")
    }
}
