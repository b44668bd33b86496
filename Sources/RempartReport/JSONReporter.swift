import Foundation
import RempartScanner
import RempartSupport

/// Writes the JSON report: sorted keys, findings ordered by file, line and rule, relative paths.
public struct JSONReporter: Sendable {
    /// The schema version written as `schemaVersion`; it changes only when a field changes meaning or goes away.
    public static let schemaVersion = 1

    public var options: ReportOptions

    /// Creates a reporter.
    public init(options: ReportOptions) {
        self.options = options
    }

    /// Returns the report as pretty-printed JSON ending with a newline.
    ///
    /// - Throws: `EncodingError`, which would be a bug since every value is a plain string or number.
    public func render(_ result: ScanResult) throws -> String {
        String(decoding: try data(result), as: UTF8.self)
    }

    /// Returns the same text as `render` as UTF-8 bytes.
    ///
    /// - Throws: `EncodingError`, which would be a bug since every value is a plain string or number.
    public func data(_ result: ScanResult) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report(for: result))
        data.append(0x0A)
        return data
    }

    // MARK: - Building

    func report(for result: ScanResult) -> JSONReport {
        let language = options.language
        var bySeverity: [String: Int] = [:]
        for severity in Severity.allCases { bySeverity[severity.description] = 0 }
        for finding in result.activeFindings { bySeverity[finding.rule.severity.description, default: 0] += 1 }

        let summary = JSONReport.Summary(
            files: JSONReport.FileCounts(
                scanned: result.fileCount(.scanned), skipped: result.fileCount(.skipped),
                rejected: result.fileCount(.rejected)),
            findings: result.activeFindings.count, bySeverity: bySeverity, suppressed: result.suppressedCount,
            undecided: result.undecidedCount)

        let byFile = result.findingsByFile
        let files = result.files.map { file in
            let findings = byFile[file.path] ?? []
            let counts = result.counts[file.path] ?? ScanResult.Counts()
            return JSONReport.File(
                path: file.path, status: file.status.rawValue, format: file.format?.rawValue,
                findings: findings.filter { !$0.isSuppressed }.count, suppressed: findings.filter(\.isSuppressed).count,
                passed: counts.passed, undecided: counts.undecided, error: file.error.map { message($0) })
        }

        let findings = result.findings.map { finding in
            JSONReport.Finding(
                ruleId: finding.rule.id, slug: finding.rule.slug, aliases: finding.rule.aliases,
                severity: finding.rule.severity.description, title: finding.rule.title(language),
                detail: finding.detail?(language), remediation: finding.rule.remediation(language),
                resource: JSONReport.Resource(type: finding.resource.type, logicalId: finding.resource.name),
                location: finding.location.map(location), links: finding.rule.links, suppressed: finding.isSuppressed,
                suppression: finding.suppression.map { suppression in
                    JSONReport.SuppressionEntry(
                        kind: suppression.kind.rawValue, source: suppression.source.rawValue,
                        justification: suppression.justification, location: suppression.location.map(location))
                })
        }

        return JSONReport(
            schemaVersion: Self.schemaVersion, tool: JSONReport.Tool(name: "rempart", version: options.toolVersion),
            language: language.rawValue, summary: summary, files: files, findings: findings,
            diagnostics: result.diagnostics.map { message($0) })
    }

    private func location(_ location: SourceLocation) -> JSONReport.Location {
        JSONReport.Location(file: location.file, line: location.line, column: location.column)
    }

    private func message(_ diagnostic: Diagnostic) -> JSONReport.Message {
        JSONReport.Message(
            level: diagnostic.level.rawValue, message: diagnostic.message(options.language),
            location: diagnostic.location.map(location), file: diagnostic.file)
    }
}
