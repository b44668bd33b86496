import RempartSupport

/// A secret found in a file, already masked, so no output format can print the secret itself.
public struct SecretFinding: Hashable, Sendable {
    /// The rule ID, such as `aws-access-key-id`.
    public var ruleID: String
    /// trivy's category name, such as `AWS` or `AsymmetricPrivateKey`, kept in JSON and SARIF.
    public var category: String
    public var title: LocalizedText
    public var severity: Severity
    /// The location of the first character of the secret.
    public var location: SourceLocation
    /// The line holding the secret, with every character of the secret replaced by `*` and
    /// cut to at most 200 characters.
    public var maskedLine: String
    public var remediation: LocalizedText

    public init(
        ruleID: String, category: String, title: LocalizedText, severity: Severity, location: SourceLocation,
        maskedLine: String, remediation: LocalizedText
    ) {
        self.ruleID = ruleID
        self.category = category
        self.title = title
        self.severity = severity
        self.location = location
        self.maskedLine = maskedLine
        self.remediation = remediation
    }
}

extension SecretFinding {
    /// The category as shown in each language: trivy's name in English, and French words for
    /// the categories that are not a product or format name.
    public var categoryName: LocalizedText {
        switch category {
        case "AsymmetricPrivateKey": LocalizedText(category, fr: "clé privée asymétrique")
        case "Generic": LocalizedText(category, fr: "générique")
        default: LocalizedText(category, fr: category)
        }
    }
}
