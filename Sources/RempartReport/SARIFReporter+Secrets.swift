import RempartScanner
import RempartSecrets
import RempartSupport

extension SARIFReporter {
    /// Returns the rule descriptor of a secret rule, built from one of its findings.
    func secretDescriptor(_ finding: SecretFinding) -> SARIFLog.ReportingDescriptor {
        let language = options.language
        let title = finding.title(language)
        let help = finding.remediation(language)
        return SARIFLog.ReportingDescriptor(
            id: finding.ruleID, name: Self.pascalCase(finding.ruleID), shortDescription: SARIFLog.Text(text: title),
            fullDescription: SARIFLog.Text(text: title),
            help: SARIFLog.Text(text: help, markdown: "**\(title)**\n\n\(help)"),
            helpUri: nil, defaultConfiguration: SARIFLog.Configuration(level: Self.level(for: finding.severity)),
            properties: SARIFLog.RuleProperties(
                severity: finding.severity.description, securitySeverity: Self.securitySeverity(for: finding.severity),
                tags: ["security", "secret", finding.category], aliases: [], precision: "high"))
    }

    /// Returns the result of one secret. Its message shows the masked line, never the secret.
    func secretResult(for secret: ReportedSecret, ruleIndex: Int) -> SARIFLog.Result {
        let finding = secret.finding
        let location = finding.location
        let message = "\(finding.title(options.language)): \(finding.maskedLine)"
        let physical = SARIFLog.PhysicalLocation(
            artifactLocation: SARIFLog.ArtifactLocation(
                uri: Self.uri(for: location.file), uriBaseId: Self.uriBase(for: location.file)),
            region: SARIFLog.Region(startLine: max(1, location.line), startColumn: max(1, location.column)))
        let suppressions = secret.suppression.map { suppression in
            [SARIFLog.SuppressionEntry(kind: suppression.kind.rawValue, justification: suppression.justification)]
        }
        let fingerprint = "\(finding.ruleID)/\(location.file)/\(location.line)/\(location.column)"
        return SARIFLog.Result(
            ruleId: finding.ruleID, ruleIndex: ruleIndex, level: Self.level(for: finding.severity),
            message: SARIFLog.Text(text: message),
            locations: [SARIFLog.Location(physicalLocation: physical, logicalLocations: [])],
            partialFingerprints: ["rempartSecret/v1": fingerprint], suppressions: suppressions)
    }
}
