import Foundation
import RempartSupport

/// The outcome of reading one file.
public enum TemplateReadResult: Sendable {
    /// A CloudFormation template.
    case template(Template)
    /// Valid JSON or YAML that is not a template (no `Resources` of `AWS::` or `Custom::` types).
    case notATemplate
}

/// Reads JSON and YAML files into `Template` values.
public enum TemplateReader {
    /// Reads `data` as a JSON or YAML document.
    ///
    /// - Parameters:
    ///   - data: The file contents, with or without a UTF-8 byte order mark.
    ///   - file: The path used in locations and messages.
    /// - Returns: The template, or `.notATemplate` for other documents.
    /// - Throws: `TemplateError` when the file is not valid JSON or YAML.
    public static func read(_ data: Data, file: String) throws(TemplateError) -> TemplateReadResult {
        // TODO: replace with the libyaml and JSON readers.
        throw TemplateError(kind: .syntax, message: LocalizedText("reader not implemented", fr: "lecteur absent"), location: nil, file: file)
    }
}

/// A file that could not be read as a template.
public struct TemplateError: Error, Sendable {
    /// What kind of problem stopped the reading.
    public enum Kind: Sendable {
        case syntax
        case invalidEncoding
        case expansionLimit
        case invalidStructure
    }

    public var kind: Kind
    /// What is wrong and what to do.
    public var message: LocalizedText
    /// Where the problem is.
    public var location: SourceLocation?
    /// The file, always set.
    public var file: String

    public init(kind: Kind, message: LocalizedText, location: SourceLocation?, file: String) {
        self.kind = kind
        self.message = message
        self.location = location
        self.file = file
    }

    /// The error as a diagnostic for the report.
    public var diagnostic: Diagnostic { Diagnostic(.error, message, at: location, file: file) }
}
