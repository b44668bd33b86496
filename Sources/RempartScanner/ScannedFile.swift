import RempartSupport
import RempartTemplate

/// One file the scan looked at, and which of the three groups it ended in.
public struct ScannedFile: Sendable {
    /// What happened to the file.
    public enum Status: String, Sendable, Codable {
        /// A CloudFormation template that was checked.
        case scanned
        /// Readable, but not a CloudFormation template (or an unreadable file found by a directory walk
        /// that does not look like one).
        case skipped
        /// A template, or a file named on the command line, that could not be read.
        case rejected
        /// A template that was read but not checked, because the scan only parsed (`--parse-only`).
        case parsed
    }

    /// The path relative to the working directory, as shown in every report.
    public var path: String
    public var status: Status
    /// JSON or YAML, for scanned files.
    public var format: Template.Format?
    /// Why the file was rejected.
    public var error: Diagnostic?
    /// What the target is, for the report's Type column: `cloudformation`, or `aws-account`
    /// for the region of a live audit.
    public var targetType = "cloudformation"

    /// Creates a file entry.
    public init(path: String, status: Status, format: Template.Format? = nil, error: Diagnostic? = nil) {
        self.path = path
        self.status = status
        self.format = format
        self.error = error
    }
}

extension ScannedFile.Status {
    /// The participle counted in summaries (`3 scanned`), singular in both languages; counts make
    /// it agree through `LocalizedText.count`.
    public var countWord: LocalizedText {
        switch self {
        case .scanned: LocalizedText("scanned", fr: "analysé")
        case .skipped: LocalizedText("skipped", fr: "ignoré")
        case .rejected: LocalizedText("rejected", fr: "rejeté")
        case .parsed: LocalizedText("parsed", fr: "lu")
        }
    }
}
