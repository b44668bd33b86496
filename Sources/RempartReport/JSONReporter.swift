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
        var data = Data()
        try write(result) { data.append($0) }
        return data
    }

    /// Writes the same text as `render` to `sink`, in chunks of about 64 KiB.
    ///
    /// The document is encoded without its findings, and the findings are then written one by
    /// one into its `findings` array by `PrettyJSONWriter`, so a report of many findings never
    /// sits in memory whole and skips `JSONEncoder`'s intermediate tree.
    ///
    /// - Throws: `EncodingError`, or whatever `sink` throws.
    public func write(_ result: ScanResult, to sink: (Data) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let findings = result.findings
        let skeleton = try encoder.encode(report(for: result, includingFindings: false))

        // JSONEncoder writes an empty array as `[`, an empty line, and `]` at the key's indentation.
        let emptyFindings = Data("\"findings\" : [\n\n  ]".utf8)
        guard !findings.isEmpty, let slot = skeleton.range(of: emptyFindings) else {
            try sink(skeleton + Data("\n".utf8))
            return
        }

        var buffer = Data(skeleton[..<slot.lowerBound])
        buffer.append(Data("\"findings\" : [\n".utf8))
        var writer = PrettyJSONWriter(depth: 2)
        for (index, finding) in findings.enumerated() {
            writer.reset()
            Self.write(entry(for: finding), to: &writer)
            buffer.append(Data("    ".utf8))
            buffer.append(contentsOf: writer.bytes)
            buffer.append(Data((index == findings.count - 1 ? "\n" : ",\n").utf8))
            if buffer.count >= 65_536 {
                try sink(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        buffer.append(Data("  ]".utf8))
        buffer.append(skeleton[slot.upperBound...])
        buffer.append(0x0A)
        try sink(buffer)
    }

    // MARK: - Building

    func report(for result: ScanResult, includingFindings: Bool = true) -> JSONReport {
        let language = options.language
        // Counting in one pass avoids copies of the findings array, which is large on big scans.
        var bySeverity: [String: Int] = [:]
        for severity in Severity.allCases { bySeverity[severity.description] = 0 }
        var activeCount = 0
        var countsByFile: [String: (active: Int, suppressed: Int)] = [:]
        for finding in result.findings {
            if finding.isSuppressed {
                countsByFile[finding.file, default: (0, 0)].suppressed += 1
            } else {
                activeCount += 1
                bySeverity[finding.rule.severity.description, default: 0] += 1
                countsByFile[finding.file, default: (0, 0)].active += 1
            }
        }

        var summary = JSONReport.Summary(
            files: JSONReport.FileCounts(
                scanned: result.fileCount(.scanned), skipped: result.fileCount(.skipped),
                rejected: result.fileCount(.rejected),
                invalid: result.isParseOnly || result.invalidFiles.isEmpty ? nil : result.invalidFiles.count,
                parsed: result.isParseOnly ? result.fileCount(.parsed) : nil),
            findings: activeCount, bySeverity: bySeverity, suppressed: result.findings.count - activeCount,
            undecided: result.undecidedCount, parseOnly: result.isParseOnly ? true : nil)
        let scansSecrets = result.scanners.contains(.secret)
        var secretsByFile: [String: Int] = [:]
        if scansSecrets {
            summary.secrets = result.secrets.count - result.suppressedSecretCount
            summary.suppressedSecrets = result.suppressedSecretCount
            summary.secretFilesSearched = result.secretScannedFileCount
            for secret in result.secrets where !secret.isSuppressed { secretsByFile[secret.file, default: 0] += 1 }
        }

        let files = result.files.map { file in
            let findingCounts = countsByFile[file.path] ?? (0, 0)
            let counts = result.counts[file.path] ?? ScanResult.Counts()
            return JSONReport.File(
                path: file.path, status: file.status.rawValue, format: file.format?.rawValue,
                findings: findingCounts.active, suppressed: findingCounts.suppressed,
                passed: counts.passed, undecided: counts.undecided, error: file.error.map { message($0) },
                secrets: scansSecrets ? secretsByFile[file.path] ?? 0 : nil)
        }

        let findings = includingFindings ? result.findings.map(entry) : []

        // Audits report their gaps and drift even when empty, so a consumer can tell "none" from "not an audit".
        let isAudit = result.files.contains { $0.targetType == "aws-account" }
        return JSONReport(
            schemaVersion: Self.schemaVersion, tool: JSONReport.Tool(name: "rempart", version: options.toolVersion),
            language: language.rawValue, summary: summary, files: files, findings: findings,
            undecided: result.undecided.map(entry),
            secrets: scansSecrets ? result.secrets.map(secretEntry) : nil,
            diagnostics: result.diagnostics.map { message($0) }, gaps: isAudit ? result.gaps : nil,
            drift: isAudit ? result.drift : nil)
    }

    /// Writes `finding` as `JSONEncoder` would encode it with the reporter's formatting: the
    /// keys in sorted order, optional members left out when nil.
    static func write(_ finding: JSONReport.Finding, to writer: inout PrettyJSONWriter) {
        writer.beginObject()
        writer.key("aliases")
        writer.strings(finding.aliases)
        if let detail = finding.detail {
            writer.key("detail")
            writer.string(detail)
        }
        writer.key("links")
        writer.strings(finding.links)
        if let location = finding.location {
            writer.key("location")
            write(location, to: &writer)
        }
        writer.key("remediation")
        writer.string(finding.remediation)
        writer.key("resource")
        writer.beginObject()
        writer.key("logicalId")
        writer.string(finding.resource.logicalId)
        if let region = finding.resource.region {
            writer.key("region")
            writer.string(region)
        }
        writer.key("type")
        writer.string(finding.resource.type)
        writer.endObject()
        writer.key("ruleId")
        writer.string(finding.ruleId)
        writer.key("severity")
        writer.string(finding.severity)
        writer.key("slug")
        writer.string(finding.slug)
        writer.key("suppressed")
        writer.boolean(finding.suppressed)
        if let suppression = finding.suppression {
            writer.key("suppression")
            writer.beginObject()
            if let justification = suppression.justification {
                writer.key("justification")
                writer.string(justification)
            }
            writer.key("kind")
            writer.string(suppression.kind)
            if let location = suppression.location {
                writer.key("location")
                write(location, to: &writer)
            }
            writer.key("source")
            writer.string(suppression.source)
            writer.endObject()
        }
        writer.key("title")
        writer.string(finding.title)
        writer.endObject()
    }

    private static func write(_ location: JSONReport.Location, to writer: inout PrettyJSONWriter) {
        writer.beginObject()
        writer.key("column")
        writer.integer(location.column)
        writer.key("file")
        writer.string(location.file)
        writer.key("line")
        writer.integer(location.line)
        writer.endObject()
    }

    private func entry(for finding: Finding) -> JSONReport.Finding {
        let language = options.language
        return JSONReport.Finding(
            ruleId: finding.rule.id, slug: finding.rule.slug, aliases: finding.rule.aliases,
            severity: finding.rule.severity.description, title: finding.rule.title(language),
            detail: finding.detail?(language), remediation: finding.rule.remediation(language),
            resource: JSONReport.Resource(
                type: finding.resource.type, logicalId: finding.resource.name, region: finding.resource.region),
            location: finding.location.map(location), links: finding.rule.links, suppressed: finding.isSuppressed,
            suppression: finding.suppression.map { suppression in
                JSONReport.SuppressionEntry(
                    kind: suppression.kind.rawValue, source: suppression.source.rawValue,
                    justification: suppression.justification, location: suppression.location.map(location))
            })
    }

    private func entry(for check: UndecidedCheck) -> JSONReport.Undecided {
        JSONReport.Undecided(
            ruleId: check.ruleID,
            resource: JSONReport.Resource(
                type: check.resource.type, logicalId: check.resource.name, region: check.resource.region),
            location: check.location.map(location), reason: check.reason)
    }

    private func secretEntry(for secret: ReportedSecret) -> JSONReport.Secret {
        let language = options.language
        let finding = secret.finding
        return JSONReport.Secret(
            ruleId: finding.ruleID, category: finding.category, severity: finding.severity.description,
            title: finding.title(language), remediation: finding.remediation(language),
            location: location(finding.location), match: finding.maskedLine, suppressed: secret.isSuppressed,
            suppression: secret.suppression.map(suppressionEntry))
    }

    private func suppressionEntry(_ suppression: Suppression) -> JSONReport.SuppressionEntry {
        JSONReport.SuppressionEntry(
            kind: suppression.kind.rawValue, source: suppression.source.rawValue,
            justification: suppression.justification, location: suppression.location.map(location))
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
