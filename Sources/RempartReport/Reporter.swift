import Foundation
import RempartScanner
import RempartSupport

/// Writes scan results as a terminal table, JSON or SARIF.
public enum Reporter {
    /// The output formats of `--format`.
    public enum Format: String, CaseIterable, Sendable {
        case table
        case json
        case sarif
    }

    /// Returns the report of `result` in `format`.
    ///
    /// - Throws: `EncodingError` when a JSON or SARIF value cannot be encoded, which would be a bug.
    public static func render(_ result: ScanResult, format: Format, options: ReportOptions) throws -> String {
        String(decoding: try data(result, format: format, options: options), as: UTF8.self)
    }

    /// Writes the report of `result` in `format` to `sink`; the JSON report goes in chunks.
    ///
    /// - Throws: `EncodingError` when a value cannot be encoded (a bug), or whatever `sink` throws.
    public static func write(
        _ result: ScanResult, format: Format, options: ReportOptions, to sink: (Data) throws -> Void
    ) throws {
        switch format {
        case .json: try JSONReporter(options: options).write(result, to: sink)
        case .table, .sarif: try sink(data(result, format: format, options: options))
        }
    }

    /// Returns the report of `result` in `format` as UTF-8 bytes, without the copy a `String` costs.
    ///
    /// - Throws: `EncodingError` when a JSON or SARIF value cannot be encoded, which would be a bug.
    public static func data(_ result: ScanResult, format: Format, options: ReportOptions) throws -> Data {
        switch format {
        case .table: Data(TableReporter(options: options).render(result).utf8)
        case .json: try JSONReporter(options: options).data(result)
        case .sarif: try SARIFReporter(options: options).data(result)
        }
    }
}

/// Settings shared by every report format.
public struct ReportOptions: Sendable {
    /// The language of titles, messages and remediations.
    public var language: Language
    /// Whether the table uses ANSI colors.
    public var usesColor: Bool
    /// The version written into the report; tests pass a fixed one.
    public var toolVersion: String
    /// Whether the table lists each undecided check (`-v`); JSON and SARIF always list them.
    public var listsUndecided: Bool

    /// Creates report options.
    public init(
        language: Language = .english, usesColor: Bool = false, toolVersion: String = RempartVersion.current,
        listsUndecided: Bool = false
    ) {
        self.language = language
        self.usesColor = usesColor
        self.toolVersion = toolVersion
        self.listsUndecided = listsUndecided
    }
}
