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
        let result: Result<TemplateReadResult, TemplateError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(TemplateError) {
                return .success(try read(bytes: bytes, file: file))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Reads a document from raw bytes; `read(_:file:)` calls it without copying the data.
    static func read(bytes all: UnsafeBufferPointer<UInt8>, file: String) throws(TemplateError) -> TemplateReadResult {
        // A UTF-8 byte order mark is allowed and skipped, so columns of line 1 do not count it.
        var bytes = all
        if all.count >= 3, all[0] == 0xEF, all[1] == 0xBB, all[2] == 0xBF {
            bytes = UnsafeBufferPointer(rebasing: all[3...])
        }
        if let offset = UTF8Validator.firstInvalidOffset(in: bytes) {
            let position = TextPosition.lineAndColumn(of: offset, in: bytes)
            throw TemplateError(
                kind: .invalidEncoding, message: invalidUTF8(byte: bytes[offset]),
                location: SourceLocation(file: file, line: position.line, column: position.column), file: file)
        }

        if firstNonSpaceByte(of: bytes) == UInt8(ascii: "{") {
            let template = try readJSON(bytes, file: file)
            return TemplateDetector.isTemplate(template.root) ? .template(template) : .notATemplate
        }
        return try readYAML(bytes, file: file)
    }

    /// Reads `data` as one strict JSON value of any kind, for JSON inputs that are not templates
    /// (such as parameters files), with the same encoding checks and messages as templates.
    ///
    /// - Throws: `TemplateError` with the line and column of the first problem.
    public static func readJSONValue(_ data: Data, file: String) throws(TemplateError) -> Node {
        let result: Result<Node, TemplateError> = data.withUnsafeBytes { raw in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                bytes = UnsafeBufferPointer(rebasing: bytes[3...])
            }
            if let offset = UTF8Validator.firstInvalidOffset(in: bytes) {
                let position = TextPosition.lineAndColumn(of: offset, in: bytes)
                return .failure(
                    TemplateError(
                        kind: .invalidEncoding, message: invalidUTF8(byte: bytes[offset]),
                        location: SourceLocation(file: file, line: position.line, column: position.column), file: file))
            }
            var parser = JSONParser(bytes: bytes, file: file)
            do throws(TemplateError) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Reads JSON strictly, as CloudFormation does for a body that starts with `{`: a trailing
    /// comma or a single-quoted string is an error even though YAML would accept it.
    private static func readJSON(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(TemplateError) -> Template {
        var parser = JSONParser(bytes: bytes, file: file)
        let root = try parser.parseDocument()
        return Template(file: file, format: .json, root: root, diagnostics: parser.diagnostics)
    }

    /// Reads YAML; a stream of several documents is an error when any of them is a template,
    /// because CloudFormation reads one document and the others would go unchecked.
    private static func readYAML(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String
    ) throws(TemplateError) -> TemplateReadResult {
        var parser = YAMLParser(bytes: bytes, file: file)
        let output = try parser.parse()
        let root = output.root ?? Node(.null, at: SourceLocation(file: file, line: 1, column: 1))
        let roots = [root] + output.laterDocuments.compactMap(\.root)
        let isTemplate = roots.contains { TemplateDetector.isTemplate($0) }
        if isTemplate, let second = output.laterDocuments.first {
            throw TemplateError(
                kind: .invalidStructure, message: secondDocument,
                location: second.start, file: file)
        }
        guard isTemplate else { return .notATemplate }
        return .template(
            Template(file: file, format: .yaml, root: root, comments: output.comments, diagnostics: output.diagnostics))
    }

    private static func firstNonSpaceByte(of bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }

    // MARK: - Messages

    private static let secondDocument = LocalizedText(
        "a second YAML document starts here, but CloudFormation reads a template as one document and rejects "
            + "the file; put each template in a file of its own",
        fr: "un deuxième document YAML commence ici, mais CloudFormation lit un modèle comme un seul document et "
            + "rejette le fichier ; placez chaque modèle dans son propre fichier")

    private static func invalidUTF8(byte: UInt8) -> LocalizedText {
        let hex = String(byte, radix: 16, uppercase: true)
        return LocalizedText(
            "the file is not valid UTF-8 (byte 0x\(hex)); save it as UTF-8",
            fr: "le fichier n'est pas en UTF-8 valide (octet 0x\(hex)) ; enregistrez-le en UTF-8"
        )
    }
}

/// A file that could not be read as a template.
public struct TemplateError: Error, Sendable {
    /// What kind of problem stopped the reading.
    public enum Kind: Sendable, Hashable {
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
