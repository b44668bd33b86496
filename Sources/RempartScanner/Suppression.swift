import RempartSupport

/// Why a finding is not counted: a comment or metadata in the template, or an ignore file.
public struct Suppression: Hashable, Sendable, Codable {
    /// Where the suppression is written, in SARIF's terms.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// In the scanned file itself (a comment or resource metadata).
        case inSource
        /// Outside the scanned file (an ignore file).
        case external
    }

    /// The mechanism that suppressed the finding.
    public enum Source: String, Hashable, Sendable, Codable {
        /// A `# rempart:ignore:ID`, `#trivy:ignore:ID` or `# checkov:skip=ID` comment.
        case comment
        /// The resource's `Metadata` (`rempart.ignore` or `checkov.skip`).
        case metadata
        /// A line of the ignore file.
        case ignoreFile
        /// The `rempart:ignore` tag of a live resource.
        case tag
    }

    public var kind: Kind
    public var source: Source
    /// The reason given beside the suppression, when there is one.
    public var justification: String?
    /// Where the suppression is written.
    public var location: SourceLocation?

    /// Creates a suppression.
    public init(kind: Kind, source: Source, justification: String? = nil, location: SourceLocation? = nil) {
        self.kind = kind
        self.source = source
        self.justification = justification
        self.location = location
    }
}
