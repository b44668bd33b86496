/// Severity names as a reader of each language sees them in tables and rule explanations.
extension Severity {
    /// The severity in capitals: `HIGH` in English, `ÉLEVÉE` in French.
    ///
    /// JSON and SARIF keep the English `description`, which is part of their schemas.
    public var displayName: LocalizedText {
        switch self {
        case .critical: LocalizedText("CRITICAL", fr: "CRITIQUE")
        case .high: LocalizedText("HIGH", fr: "ÉLEVÉE")
        case .medium: LocalizedText("MEDIUM", fr: "MOYENNE")
        case .low: LocalizedText("LOW", fr: "FAIBLE")
        }
    }
}
