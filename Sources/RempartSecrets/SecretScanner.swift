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
        guard data.count <= Self.maximumFileSize, !data.prefix(8192).contains(0) else { return [] }

        // Most files hold none of the keywords; they are rejected before any text is decoded.
        let candidates = candidateRules(in: data)
        guard !candidates.isEmpty, let text = String(data: data, encoding: .utf8) else { return [] }
        return scan(text: text, file: file, rules: candidates)
    }

    /// Returns the secrets in `text`, sorted by line and column.
    public func scan(text: String, file: String, lineOffset: Int = 0, columnOffset: Int = 0) -> [SecretFinding] {
        let candidates = candidateRules(in: Data(text.utf8))
        guard !candidates.isEmpty else { return [] }
        return scan(text: text, file: file, rules: candidates, lineOffset: lineOffset, columnOffset: columnOffset)
    }

    /// Returns the first rule, in rule order, whose pattern matches `text`, or nil.
    ///
    /// Unlike `scan`, AWS's documentation placeholders count: the rules that check a single
    /// value (an environment variable, a parameter value) treat any credential-shaped literal as
    /// a leak, as trivy does.
    public func firstMatch(in text: String) -> SecretRule? {
        let range = NSRange(location: 0, length: (text as NSString).length)
        return candidateRules(in: Data(text.utf8)).first { rule in
            rule.pattern.firstMatch(in: text, range: range) != nil
        }
    }

    // MARK: - Steps

    /// Returns the rules with at least one keyword in `data`, compared case-insensitively
    /// (the keywords are lower-case ASCII).
    private func candidateRules(in data: Data) -> [SecretRule] {
        let lowered = data.withUnsafeBytes { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                for (index, byte) in bytes.enumerated() { buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
                count = bytes.count
            }
        }
        return lowered.withUnsafeBytes { haystack in
            rules.filter { rule in
                rule.keywords.contains { keyword in Self.contains(haystack, Array(keyword.utf8)) }
                    && (rule.prefilter?.admits(haystack) ?? true)
            }
        }
    }

    private func scan(
        text: String, file: String, rules: [SecretRule], lineOffset: Int = 0, columnOffset: Int = 0
    ) -> [SecretFinding] {
        let index = LineIndex(text)
        let nsText = text as NSString
        var findings: [SecretFinding] = []
        for rule in rules {
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

    /// Returns whether `needle` occurs in `haystack`. `memchr` jumps to each occurrence of the
    /// first byte, which is much faster than a `String` search on large files.
    private static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        guard let base = haystack.baseAddress, let first = needle.first, needle.count <= haystack.count else {
            return false
        }
        let last = haystack.count - needle.count
        var offset = 0
        return needle.withUnsafeBytes { pattern in
            guard let patternBase = pattern.baseAddress else { return false }
            while offset <= last {
                guard let found = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
                let position = base.distance(to: UnsafeRawPointer(found))
                if memcmp(found, patternBase, needle.count) == 0 { return true }
                offset = position + 1
            }
            return false
        }
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
