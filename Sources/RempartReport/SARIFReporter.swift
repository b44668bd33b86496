import Foundation
import RempartRules
import RempartScanner
import RempartSupport

/// Writes a SARIF 2.1.0 log for code-scanning services such as GitHub's.
///
/// Every rule that ran is listed, so a service can close alerts that no longer fire. Levels
/// map critical and high to `error`, medium to `warning` and low to `note`. URIs are relative
/// to `%SRCROOT%`, the directory the scan ran in.
public struct SARIFReporter: Sendable {
    /// The schema URI written as `$schema`.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    public var options: ReportOptions

    /// Creates a reporter.
    public init(options: ReportOptions) {
        self.options = options
    }

    /// Returns the log as pretty-printed JSON ending with a newline.
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
        var data = try encoder.encode(log(for: result))
        data.append(0x0A)
        return data
    }

    // MARK: - Building

    func log(for result: ScanResult) -> SARIFLog {
        var rules = result.rules
        // A finding of a rule missing from the list (never expected) still needs a descriptor.
        for finding in result.findings where !rules.contains(where: { $0.id == finding.rule.id }) {
            rules.append(finding.rule)
        }
        rules.sort { $0.id < $1.id }
        var descriptors = rules.map(descriptor)
        // Secret rules follow, each listed once, when a secret of that rule was found.
        var secretRuleIDs: [String] = []
        for secret in result.secrets where !secretRuleIDs.contains(secret.finding.ruleID) {
            secretRuleIDs.append(secret.finding.ruleID)
            descriptors.append(secretDescriptor(secret.finding))
        }
        let ruleIndex = Dictionary(
            descriptors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

        let driver = SARIFLog.Driver(
            name: "Rempart", version: options.toolVersion, semanticVersion: options.toolVersion,
            language: options.language.rawValue,
            rules: descriptors)
        var results = result.findings.map { self.result(for: $0, ruleIndex: ruleIndex[$0.rule.id] ?? 0) }
        results += result.secrets.map { secretResult(for: $0, ruleIndex: ruleIndex[$0.finding.ruleID] ?? 0) }
        var run = SARIFLog.Run(
            tool: SARIFLog.Tool(driver: driver), results: results, columnKind: "unicodeCodePoints",
            originalUriBaseIds: nil)
        if !result.gaps.isEmpty {
            // The audit completed, so the run succeeded; each failed read is a warning about it.
            let notifications = result.gaps.map { gap in
                let resource = gap.resourceID.map { " (\($0))" } ?? ""
                let text = LocalizedText(
                    "\(gap.service) \(gap.operation)\(resource) failed: \(gap.reason)",
                    fr: "échec de \(gap.service) \(gap.operation)\(resource) : \(gap.localizedReason.french)")
                return SARIFLog.Notification(level: "warning", message: SARIFLog.Text(text: text(options.language)))
            }
            run.invocations = [SARIFLog.Invocation(executionSuccessful: true, toolExecutionNotifications: notifications)]
        }
        return SARIFLog(schema: Self.schemaURI, version: "2.1.0", runs: [run])
    }

    private func descriptor(_ rule: RuleMetadata) -> SARIFLog.ReportingDescriptor {
        let language = options.language
        let title = rule.title(language)
        let help = "\(rule.rationale(language))\n\n\(rule.remediation(language))"
        var tags = ["security", "cloudformation", rule.service]
        if rule.isDeprecated { tags.append("deprecated") }
        return SARIFLog.ReportingDescriptor(
            id: rule.id, name: Self.pascalCase(rule.slug), shortDescription: SARIFLog.Text(text: title),
            fullDescription: SARIFLog.Text(text: rule.rationale(language)),
            help: SARIFLog.Text(text: help, markdown: "**\(title)**\n\n\(help)"), helpUri: Self.helpURI(for: rule),
            defaultConfiguration: SARIFLog.Configuration(level: Self.level(for: rule.severity)),
            properties: SARIFLog.RuleProperties(
                severity: rule.severity.description, securitySeverity: Self.securitySeverity(for: rule.severity),
                tags: tags, aliases: rule.aliases, precision: "very-high"))
    }

    private func result(for finding: Finding, ruleIndex: Int) -> SARIFLog.Result {
        let language = options.language
        var text = finding.rule.title(language)
        if let detail = finding.detail {
            // French typography puts a space before a colon.
            text += (language == .french ? " : " : ": ") + detail(language)
        }
        text += " (\(finding.resource.name))"

        var physical: SARIFLog.PhysicalLocation?
        let file = finding.location?.file ?? finding.resource.file
        if let file {
            // SARIF lines and columns start at 1; a missing location points at the file's start.
            let line = max(1, finding.location?.line ?? 1)
            let column = max(1, finding.location?.column ?? 1)
            physical = SARIFLog.PhysicalLocation(
                artifactLocation: SARIFLog.ArtifactLocation(uri: Self.uri(for: file), uriBaseId: Self.uriBase(for: file)),
                region: SARIFLog.Region(startLine: line, startColumn: column))
        }
        let logical = SARIFLog.LogicalLocation(
            name: finding.resource.name, fullyQualifiedName: "\(finding.resource.type)/\(finding.resource.name)",
            kind: "resource")
        let suppressions = finding.suppression.map { suppression in
            [SARIFLog.SuppressionEntry(kind: suppression.kind.rawValue, justification: suppression.justification)]
        }
        let fingerprint = Self.fingerprint(of: finding, file: file)
        return SARIFLog.Result(
            ruleId: finding.rule.id, ruleIndex: ruleIndex, level: Self.level(for: finding.rule.severity),
            message: SARIFLog.Text(text: text),
            locations: [SARIFLog.Location(physicalLocation: physical, logicalLocations: [logical])],
            partialFingerprints: ["rempartFinding/v2": fingerprint], suppressions: suppressions)
    }

    /// The identity of a finding across runs: a hash of the rule ID, the file, the resource's
    /// logical ID and the offending property's path, so inserting lines above a resource keeps
    /// the alert open in GitHub code scanning. The line is used only when the path is unknown.
    public static func fingerprint(of finding: Finding, file: String?) -> String {
        let place = finding.propertyPath ?? "line \(finding.location?.line ?? 0)"
        let key = [finding.rule.id, file ?? "", finding.resource.type, finding.resource.name, place]
            .joined(separator: "\u{0}")
        // 64-bit FNV-1a: stable across runs and platforms, unlike Swift's seeded `Hasher`.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: - Mappings

    /// The SARIF level of a severity.
    static func level(for severity: Severity) -> String {
        switch severity {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low: "note"
        }
    }

    /// The score GitHub uses to label alerts critical (≥ 9), high (≥ 7), medium (≥ 4) or low.
    static func securitySeverity(for severity: Severity) -> String {
        switch severity {
        case .critical: "9.5"
        case .high: "8.0"
        case .medium: "5.5"
        case .low: "3.0"
        }
    }

    /// The rule's first link, else trivy's page for an `AVD-` ID, in the same form as the
    /// rules' own links (`https://avd.aquasec.com/misconfig/aws/SERVICE/avd-aws-NNNN/`).
    static func helpURI(for rule: RuleMetadata) -> String? {
        if let link = rule.links.first { return link }
        guard rule.id.hasPrefix("AVD-") else { return nil }
        return "https://avd.aquasec.com/misconfig/aws/\(rule.service)/\(rule.id.lowercased())/"
    }

    /// `no-public-ingress-sgr` becomes `NoPublicIngressSgr`.
    static func pascalCase(_ slug: String) -> String {
        slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A relative path as a URI reference (percent-encoded), or an absolute path as a `file` URI.
    static func uri(for path: String) -> String {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).absoluteString }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    static func uriBase(for path: String) -> String? {
        path.hasPrefix("/") ? nil : "%SRCROOT%"
    }
}
