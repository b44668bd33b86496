import RempartSecrets
import RempartSupport

extension Scanner {
    /// Adds the secrets of every file and the template-aware ones to `result`, with their
    /// suppressions, keeping the reported severities only.
    func addSecrets(_ scans: [FileScan], analysis: Pipeline.Analysis, to result: inout ScanResult) {
        var secrets: [ReportedSecret] = []
        var directives: [String: SecretDirectives] = [:]
        var lineRules: [String: Set<String>] = [:]
        for scan in scans where scan.isSecretScanned {
            result.secretScannedFileCount += 1
            secrets += scan.secrets
            for secret in scan.secrets { lineRules[secret.file, default: []].insert(secret.finding.ruleID) }
            if let fileDirectives = scan.directives, let file = scan.secrets.first?.file ?? scan.reading?.file.path {
                directives[file] = fileDirectives
            }
        }

        let templateFindings = TemplateSecrets.findings(
            in: analysis.templates, state: analysis.state, lineRules: lineRules)
        for finding in templateFindings {
            let scan = FileScan(directives: directives[finding.location.file])
            secrets.append(ReportedSecret(finding, suppression: scan.suppression(for: finding)))
        }

        result.secrets = secrets.compactMap { secret in
            guard options.severities.isEmpty || options.severities.contains(secret.finding.severity) else {
                return nil
            }
            var reported = secret
            if reported.suppression == nil { reported.suppression = externalSuppression(for: secret.finding) }
            return reported
        }
        result.secrets.sort(by: ReportedSecret.reportOrder)
    }

    private func externalSuppression(for finding: SecretFinding) -> Suppression? {
        let file = finding.location.file
        guard let entry = options.ignoreFile?.entry(matchingSecret: finding.ruleID, file: file, today: options.today)
        else { return nil }
        return Suppression(kind: .external, source: .ignoreFile, justification: entry.comment, location: entry.location)
    }
}
