import RempartSecrets
import RempartSupport

/// A secret found by the scan, already masked, with the suppression that applies to it.
public struct ReportedSecret: Sendable {
    /// The masked finding.
    public var finding: SecretFinding
    /// Set when a comment or the ignore file suppresses the finding.
    public var suppression: Suppression?

    /// Creates a reported secret.
    public init(_ finding: SecretFinding, suppression: Suppression? = nil) {
        self.finding = finding
        self.suppression = suppression
    }

    /// The file the secret is in.
    public var file: String { finding.location.file }

    /// Whether the secret counts toward the exit code and the totals.
    public var isSuppressed: Bool { suppression != nil }

    /// The order reports list secrets in: file, line, column, then rule ID.
    public static func reportOrder(_ lhs: ReportedSecret, _ rhs: ReportedSecret) -> Bool {
        (lhs.finding.location, lhs.finding.ruleID) < (rhs.finding.location, rhs.finding.ruleID)
    }
}
