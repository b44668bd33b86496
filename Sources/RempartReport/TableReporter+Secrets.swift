import RempartScanner
import RempartSecrets
import RempartSupport

extension TableReporter {
    /// Returns the summary row of a file that is not a scanned template but contains secrets.
    func secretRow(_ path: String, type: String, secrets: [ReportedSecret]) -> [String] {
        let active = secrets.filter { !$0.isSuppressed }
        var row = [path, type, "-", "\(active.count)"]
        row += Severity.allCases.reversed().map { severity in
            "\(active.filter { $0.finding.severity == severity }.count)"
        }
        row += ["\(secrets.count - active.count)", "-"]
        return row
    }

    /// Returns the line that totals the secrets under the summary table.
    func secretTotals(_ result: ScanResult) -> String {
        let active = result.activeSecrets
        let counts = Severity.allCases.reversed().map { severity in
            "\(severityName(severity))\(colon)\(active.filter { $0.finding.severity == severity }.count)"
        }
        return "Secrets\(colon)\(active.count) (\(counts.joined(separator: ", ")))"
            + text(
                "; suppressed: \(result.suppressedSecretCount); files searched: \(result.secretScannedFileCount)",
                " ; exemptés : \(result.suppressedSecretCount) ; fichiers examinés : \(result.secretScannedFileCount)")
    }

    /// Returns the section of one file: each active secret with its masked line and remediation,
    /// then the suppressed ones.
    func secretDetails(for path: String, secrets: [ReportedSecret]) -> [String] {
        let title = "\(path) (secrets)"
        var lines = [title, String(repeating: "=", count: title.count)]
        let active = secrets.filter { !$0.isSuppressed }
        let bySeverity = Severity.allCases.reversed().map { severity in
            "\(severityName(severity))\(colon)\(active.filter { $0.finding.severity == severity }.count)"
        }
        lines.append(text("Secrets: ", "Secrets : ") + "\(active.count) (\(bySeverity.joined(separator: ", ")))")

        for secret in active {
            lines.append("")
            lines.append(contentsOf: describe(secret.finding))
        }

        let suppressed = secrets.filter(\.isSuppressed)
        if !suppressed.isEmpty {
            lines.append("")
            lines.append(text("Suppressed secrets:", "Secrets exemptés :"))
            for secret in suppressed {
                let finding = secret.finding
                var line =
                    "  \(finding.ruleID) (\(severityName(finding.severity))) "
                    + "\(finding.location.file):\(finding.location.line)"
                if let suppression = secret.suppression { line += describe(suppression) }
                lines.append(line)
            }
        }
        return lines
    }

    private func describe(_ finding: SecretFinding) -> [String] {
        let language = options.language
        let heading =
            "\(finding.ruleID) (\(colored(severityName(finding.severity), for: finding.severity)))\(colon)"
            + finding.title(language)
        var lines = [bold(heading), String(repeating: "─", count: min(80, visibleWidth(heading)))]
        lines.append(text("Category: ", "Catégorie : ") + finding.categoryName(options.language))
        lines.append(text("Remediation: ", "Correctif : ") + finding.remediation(language))
        let location = finding.location
        lines.append(text("Location: ", "Emplacement : ") + "\(location.file):\(location.line):\(location.column)")
        lines.append("  \(location.line) │ \(finding.maskedLine)")
        return lines
    }
}
