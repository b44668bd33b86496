import RempartModel
import RempartScanner
import RempartSupport

/// Writes the terminal report: a summary table per file, then each finding with its remediation.
///
/// The layout follows trivy's table report so its users read it without surprise, with the
/// counts Rempart adds: findings by severity, suppressed findings, and checks left undecided
/// because a value was unknown.
public struct TableReporter: Sendable {
    public var options: ReportOptions
    /// The `Name` tag of live resources by resource ID, taken from the result being rendered.
    private var resourceNames: [String: String] = [:]

    /// Creates a reporter.
    public init(options: ReportOptions) {
        self.options = options
    }

    /// Returns the report, ending with a newline.
    public func render(_ result: ScanResult) -> String {
        guard resourceNames == result.resourceNames else {
            var reporter = self
            reporter.resourceNames = result.resourceNames
            return reporter.render(result)
        }
        var lines: [String] = []
        let byFile = result.findingsByFile
        let secretsByFile = result.secretsByFile
        lines.append(contentsOf: summary(result, byFile: byFile, secretsByFile: secretsByFile))
        for file in result.files where file.status == .scanned {
            guard let findings = byFile[file.path], !findings.isEmpty else { continue }
            lines.append("")
            lines.append(contentsOf: details(for: file, findings: findings, counts: result.counts[file.path]))
        }
        for path in secretsByFile.keys.sorted() {
            lines.append("")
            lines.append(contentsOf: secretDetails(for: path, secrets: secretsByFile[path] ?? []))
        }
        if options.listsUndecided, !result.undecided.isEmpty {
            lines.append("")
            lines.append(contentsOf: undecidedList(result.undecided))
        }
        lines.append(contentsOf: AuditSections(language: options.language).render(result))
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Summary

    private func summary(
        _ result: ScanResult, byFile: [String: [Finding]], secretsByFile: [String: [ReportedSecret]]
    ) -> [String] {
        let severities = Severity.allCases.reversed()
        let showsSecrets = result.scanners.contains(.secret)
        var header = [
            text("Target", "Cible"), "Type", text("Misconfigurations", "Mauvaises configurations"),
        ]
        if showsSecrets { header.append("Secrets") }
        header += severities.map(severityName)
        header += [text("Suppressed", "Exemptés"), text("Undecided", "Indéterminées")]

        var rows: [[String]] = []
        for file in result.files {
            let secrets = secretsByFile[file.path] ?? []
            guard file.status == .scanned else {
                let type = statusName(file.status)
                guard !secrets.isEmpty else {
                    rows.append([file.path, type] + Array(repeating: "-", count: header.count - 2))
                    continue
                }
                rows.append(secretRow(file.path, type: type, secrets: secrets))
                continue
            }
            let findings = byFile[file.path] ?? []
            let active = findings.filter { !$0.isSuppressed }
            let activeSecrets = secrets.filter { !$0.isSuppressed }
            let showsMisconfigurations = result.scanners.isEmpty || result.scanners.contains(.misconfig)
            var row = [file.path, file.targetType, showsMisconfigurations ? "\(active.count)" : "-"]
            if showsSecrets { row.append("\(activeSecrets.count)") }
            row += severities.map { severity in
                let count = active.filter { $0.rule.severity == severity }.count
                    + activeSecrets.filter { $0.finding.severity == severity }.count
                return "\(count)"
            }
            let suppressed = findings.count - active.count + secrets.count - activeSecrets.count
            row += ["\(suppressed)", "\(result.counts[file.path]?.undecided ?? 0)"]
            rows.append(row)
        }
        let listed = Set(result.files.map(\.path))
        for path in secretsByFile.keys.sorted() where !listed.contains(path) {
            rows.append(secretRow(path, type: "text", secrets: secretsByFile[path] ?? []))
        }

        var lines = [text("Report Summary", "Résumé du rapport"), ""]
        lines.append(contentsOf: Table(header: header, rows: rows, textColumns: 2).render())
        // An audit has one account target and no files, so the file legend and counts are left out.
        let isAudit = result.files.allSatisfy { $0.targetType == "aws-account" } && !result.files.isEmpty
        if !isAudit {
            lines.append(text("Legend: '-' not scanned, '0' clean.", "Légende : « - » non analysé, « 0 » aucun problème."))
            lines.append("")
            lines.append(text("Files: ", "Fichiers : ") + fileCounts(result))
            if result.isParseOnly {
                lines.append(
                    text(
                        "No rule ran (--parse-only): the files were only read, so this is not a clean result.",
                        "Aucune règle n'a été exécutée (--parse-only) : les fichiers ont seulement été lus, ce n'est "
                            + "donc pas un résultat sans problème."))
            }
        } else {
            lines.append("")
        }
        guard !result.isParseOnly else { return lines }
        let active = result.activeFindings
        let counts = severities.map { severity in
            "\(severityName(severity))\(colon)\(active.filter { $0.rule.severity == severity }.count)"
        }
        lines.append(
            text("Findings: ", "Constats : ") + "\(active.count) (\(counts.joined(separator: ", ")))"
                + text(
                    "; suppressed: \(result.suppressedCount); undecided checks (unknown value): \(result.undecidedCount)",
                    " ; exemptés : \(result.suppressedCount) ; vérifications indéterminées (valeur inconnue) : "
                        + "\(result.undecidedCount)"))
        if showsSecrets { lines.append(secretTotals(result)) }
        return lines
    }

    /// Returns the file counts by status, such as `3 scanned (1 invalid), 0 skipped, 1 rejected`.
    private func fileCounts(_ result: ScanResult) -> String {
        var statuses: [ScannedFile.Status] = [.scanned, .skipped, .rejected]
        if result.isParseOnly { statuses[0] = .parsed }
        var counts = statuses.map { status in
            let count = result.fileCount(status)
            let word = status.countWord
            return LocalizedText.count(count, word.english, plural: word.english, fr: word.french)(options.language)
        }
        // Invalid files are scanned files that CloudFormation would reject, counted within the scanned ones.
        let invalid = result.isParseOnly ? 0 : result.invalidFiles.count
        if invalid > 0 {
            counts[0] += " (" + LocalizedText.count(invalid, "invalid", plural: "invalid", fr: "invalide")(options.language) + ")"
        }
        return counts.joined(separator: ", ")
    }

    /// Returns the Type column of a file that is not a scanned template.
    private func statusName(_ status: ScannedFile.Status) -> String {
        switch status {
        case .scanned: "cloudformation"
        case .skipped: text("skipped", "ignoré")
        case .rejected: text("rejected", "rejeté")
        case .parsed: text("parsed", "lu")
        }
    }

    // MARK: - Details

    private func details(for file: ScannedFile, findings: [Finding], counts: ScanResult.Counts?) -> [String] {
        let title = "\(file.path) (\(file.targetType))"
        var lines = [title, String(repeating: "=", count: title.count)]
        let counts = counts ?? ScanResult.Counts()
        let active = findings.filter { !$0.isSuppressed }
        lines.append(
            text(
                "Tests: \(counts.passed + counts.failed + counts.undecided) (SUCCESSES: \(counts.passed), "
                    + "FAILURES: \(counts.failed), UNDECIDED: \(counts.undecided))",
                "Vérifications : \(counts.passed + counts.failed + counts.undecided) (RÉUSSITES : \(counts.passed), "
                    + "ÉCHECS : \(counts.failed), INDÉTERMINÉES : \(counts.undecided))"))
        let bySeverity = Severity.allCases.reversed().map { severity in
            "\(severityName(severity))\(colon)\(active.filter { $0.rule.severity == severity }.count)"
        }
        lines.append(text("Failures: ", "Échecs : ") + "\(active.count) (\(bySeverity.joined(separator: ", ")))")

        for finding in active {
            lines.append("")
            lines.append(contentsOf: describe(finding))
        }

        let suppressed = findings.filter(\.isSuppressed)
        if !suppressed.isEmpty {
            lines.append("")
            lines.append(text("Suppressed findings:", "Constats exemptés :"))
            for finding in suppressed {
                lines.append("  " + suppressedLine(finding))
            }
        }
        return lines
    }

    private func describe(_ finding: Finding) -> [String] {
        let language = options.language
        let rule = finding.rule
        let heading = "\(rule.id) (\(colored(severityName(rule.severity), for: rule.severity)))\(colon)\(rule.title(language))"
        var lines = [bold(heading), String(repeating: "─", count: min(80, visibleWidth(heading)))]
        if let detail = finding.detail { lines.append(detail(language)) }
        lines.append(text("Remediation: ", "Correctif : ") + rule.remediation(language))
        lines.append(text("Resource: ", "Ressource : ") + "\(label(of: finding.resource)) (\(finding.resource.type))")
        if let location = finding.location {
            lines.append(text("Location: ", "Emplacement : ") + "\(location.file):\(location.line)")
            if let source = finding.sourceLine {
                let code = source.drop { $0 == " " || $0 == "\t" }
                lines.append("  \(location.line) │ \(code)")
            }
        } else if let region = finding.resource.region {
            lines.append(text("Region: ", "Région : ") + region)
        }
        if !rule.aliases.isEmpty {
            lines.append(text("Also known as: ", "Aussi appelée : ") + rule.aliases.joined(separator: ", "))
        }
        return lines
    }

    /// Returns a resource's name, preceded by its `Name` tag when it is a live resource that has one.
    private func label(of resource: ResourceAddress) -> String {
        guard resource.file == nil, let name = resourceNames[resource.name] else { return resource.name }
        return "\(name) (\(resource.name))"
    }

    /// One line per undecided check: rule, resource, location and why the value is unknown.
    private func undecidedList(_ checks: [UndecidedCheck]) -> [String] {
        var lines = [text("Undecided checks (unknown value):", "Vérifications indéterminées (valeur inconnue) :")]
        for check in checks {
            var line = "  \(check.ruleID) \(label(of: check.resource)) (\(check.resource.type))"
            if let location = check.location { line += " \(location.file):\(location.line)" }
            line += "\(colon)\(check.localizedReason(options.language))"
            lines.append(line)
        }
        return lines
    }

    private func suppressedLine(_ finding: Finding) -> String {
        var line = "\(finding.rule.id) (\(severityName(finding.rule.severity))) \(label(of: finding.resource))"
        if let location = finding.location { line += " \(location.file):\(location.line)" }
        guard let suppression = finding.suppression else { return line }
        return line + describe(suppression)
    }

    /// Returns ` — by SOURCE (file:line): justification`.
    func describe(_ suppression: Suppression) -> String {
        let source: String
        switch suppression.source {
        case .comment: source = text("comment", "commentaire")
        case .metadata: source = text("metadata", "métadonnées")
        case .ignoreFile: source = text("ignore file", "fichier d'exemptions")
        case .tag: source = text("tag rempart:ignore", "étiquette rempart:ignore")
        }
        var line = text(" — by ", " — par ") + source
        if let location = suppression.location { line += " (\(location.file):\(location.line))" }
        if let justification = suppression.justification { line += "\(colon)\(justification)" }
        return line
    }

    // MARK: - Text helpers

    func text(_ english: String, _ french: String) -> String {
        options.language == .french ? french : english
    }

    /// The separator after a label: `: ` in English, ` : ` in French typography.
    var colon: String { options.language == .french ? " : " : ": " }

    /// The severity as shown in this language: `HIGH` or `ÉLEVÉE`.
    func severityName(_ severity: Severity) -> String {
        severity.displayName(options.language)
    }

    func colored(_ text: String, for severity: Severity) -> String {
        guard options.usesColor else { return text }
        let code: String
        switch severity {
        case .critical: code = "1;31"
        case .high: code = "31"
        case .medium: code = "33"
        case .low: code = "34"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    func bold(_ text: String) -> String {
        options.usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    /// The width of `text` on screen, not counting ANSI escape sequences.
    func visibleWidth(_ text: String) -> Int {
        var width = 0
        var inEscape = false
        for character in text {
            if character == "\u{1B}" {
                inEscape = true
            } else if inEscape {
                if character == "m" { inEscape = false }
            } else {
                width += 1
            }
        }
        return width
    }
}
