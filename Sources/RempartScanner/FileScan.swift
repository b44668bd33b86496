import Foundation
import RempartSecrets
import RempartSupport

/// The work done on one file in a scan's concurrent read: parse it as a template and search
/// it for secrets, from a single read of its bytes.
struct FileScan: Sendable {
    /// The template reading, or nil for a file only searched for secrets.
    var reading: FileReading.Outcome?
    /// The secrets in the file's lines, with their in-source suppressions.
    var secrets: [ReportedSecret] = []
    /// The file's suppression directives, for the template-aware secrets found later.
    var directives: SecretDirectives?
    /// Whether the file was searched for secrets (it was readable text).
    var isSecretScanned = false

    /// Reads `candidate` and scans it as `options` ask.
    static func scan(_ candidate: FileCollector.Candidate, options: ScanOptions) -> FileScan {
        guard let data = FileManager.default.contents(atPath: candidate.fullPath) else {
            // An unreadable template is rejected; a file read only for secrets is left out.
            return FileScan(reading: candidate.isTemplateCandidate ? FileReading.unreadable(candidate) : nil)
        }
        var scan = FileScan()
        if candidate.isTemplateCandidate {
            // With the misconfiguration scanner off, a named file that is not a template is no error.
            let isExplicit = candidate.isExplicit && options.scansMisconfigurations
            scan.reading = FileReading.read(data, path: candidate.displayPath, isExplicit: isExplicit)
        }
        if options.scansSecrets {
            scan.searchSecrets(in: data, path: candidate.displayPath)
        }
        return scan
    }

    /// Searches `data` for secrets and applies the file's own suppression directives.
    mutating func searchSecrets(in data: Data, path: String) {
        let isBinary = data.count > SecretScanner.maximumFileSize || data.prefix(8192).contains(0)
        guard !isBinary else { return }
        isSecretScanned = true
        let findings = SecretScanner().scan(data, file: path)
        let hasDirective = data.range(of: Data("ignore:".utf8)) != nil
        if hasDirective { directives = SecretDirectives(text: String(decoding: data, as: UTF8.self), file: path) }
        secrets = findings.map { finding in
            ReportedSecret(finding, suppression: suppression(for: finding))
        }
    }

    /// Returns the in-source suppression of `finding`, without a justification that itself
    /// holds a secret.
    func suppression(for finding: SecretFinding) -> Suppression? {
        guard var suppression = directives?.suppression(ruleID: finding.ruleID, line: finding.location.line) else {
            return nil
        }
        if let justification = suppression.justification,
            !SecretScanner().scan(text: justification, file: finding.location.file).isEmpty
        {
            suppression.justification = nil
        }
        return suppression
    }
}
