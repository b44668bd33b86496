import Foundation
import RempartSupport

/// A pattern for one kind of secret, with trivy's rule ID where trivy has the same rule.
public struct SecretRule: Sendable {
    /// trivy's built-in rule ID (`aws-access-key-id`), so suppressions written for trivy work.
    public var id: String
    /// The family of the secret, such as `AWS` or `GitHub`.
    public var category: String
    public var title: LocalizedText
    public var severity: Severity
    /// Lower-case words of which at least one must occur in the text before the pattern runs,
    /// so most files cost a few substring searches.
    public var keywords: [String]
    /// A cheap test of the raw bytes (lower-cased ASCII) that must also pass before the pattern
    /// runs, for rules whose keywords occur in most files.
    public var prefilter: SecretPrefilter?
    /// The pattern; when it has a capture group named `secret`, only that group is the secret.
    public var pattern: NSRegularExpression
    /// The fix to apply once the secret is found.
    public var remediation: LocalizedText

    /// Creates a rule from a pattern known to be valid.
    ///
    /// The patterns are constants of this module, covered by tests, so an invalid one is a
    /// programming error and stops the program.
    init(
        id: String, category: String, title: LocalizedText, severity: Severity, keywords: [String],
        prefilter: SecretPrefilter? = nil, pattern: String, remediation: LocalizedText
    ) {
        self.prefilter = prefilter
        self.id = id
        self.category = category
        self.title = title
        self.severity = severity
        self.keywords = keywords
        do {
            self.pattern = try NSRegularExpression(pattern: pattern)
        } catch {
            preconditionFailure("invalid built-in secret pattern for \(id): \(error)")
        }
        self.remediation = remediation
    }
}
