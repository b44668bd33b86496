import Foundation
import RempartModel
import RempartRules
import RempartScanner
import RempartSupport
import RempartTemplate

/// Runs the rules on a live inventory and builds the same result a template scan gives.
///
/// Every rule that a scan runs runs here too, plus the live-only ones. Failed reads make the
/// verdicts they feed unknown (`GapImpact`). A finding is suppressed by the resource's
/// `rempart:ignore` tag (rule IDs, slugs or aliases, comma-separated), else by an ignore-file
/// line naming the rule and, optionally, the resource ID.
public enum LiveEvaluation {
    /// The tag that lists the rules not to report on a resource.
    public static let ignoreTag = "rempart:ignore"

    /// Returns the rules an audit runs with `options`: scan rules and live-only rules of the
    /// default framework, without deprecated (unless included) and skipped ones.
    public static func rules(_ options: ScanOptions) -> [any Rule] {
        options.rules.filter { rule in
            let metadata = rule.metadata
            guard options.includeDeprecated || !metadata.isDeprecated else { return false }
            guard metadata.frameworks.contains("default") else { return false }
            return !options.skippedRules.contains { metadata.isNamed($0) }
        }
    }

    /// Evaluates `inventory` and returns findings, counts, gaps and the rules that ran.
    public static func evaluate(_ inventory: LiveInventory, options: ScanOptions) -> ScanResult {
        let rules = rules(options)
        let target = inventory.target
        var result = ScanResult()
        var file = ScannedFile(path: target, status: .scanned)
        file.targetType = "aws-account"
        result.files = [file]
        result.rules = rules.map(\.metadata).sorted { $0.id < $1.id }
        result.gaps = inventory.state.gaps
        result.diagnostics = options.ignoreFile?.diagnostics ?? []

        var counts = ScanResult.Counts()
        for rule in rules {
            let metadata = rule.metadata
            for check in rule.evaluate(inventory.state) {
                let gap = GapImpact.gap(undeciding: check, rule: metadata, in: inventory.state.gaps)
                let check = GapImpact.apply(inventory.state.gaps, to: check, rule: metadata)
                switch check.status {
                case .passed: counts.passed += 1
                case .unknown(let reason):
                    counts.undecided += 1
                    let localizedReason =
                        gap.map(GapImpact.reason(for:)) ?? UnknownReason.localizedDescription(ofEnglish: reason)
                    result.undecided.append(
                        UndecidedCheck(
                            ruleID: metadata.id, resource: check.resource, location: nil,
                            localizedReason: localizedReason))
                case .failed:
                    counts.failed += 1
                    guard options.severities.isEmpty || options.severities.contains(metadata.severity) else { continue }
                    var finding = Finding(rule: metadata, resource: check.resource, location: nil, detail: check.detail)
                    finding.suppression = suppression(for: finding, tags: inventory.tags, options: options)
                    result.findings.append(finding)
                }
            }
        }
        result.counts[target] = counts
        result.findings.sort(by: Finding.reportOrder)
        result.undecided.sort(by: UndecidedCheck.reportOrder)
        return result
    }

    /// The suppression of `finding`: the resource's `rempart:ignore` tag, else the ignore file.
    static func suppression(for finding: Finding, tags: [String: [String: String]], options: ScanOptions)
        -> Suppression?
    {
        if let value = tags[finding.resource.name]?[ignoreTag] {
            let names = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if names.contains(where: { finding.rule.isNamed($0) }) {
                return Suppression(kind: .inSource, source: .tag, justification: "\(ignoreTag)=\(value)")
            }
        }
        guard let entry = options.ignoreFile?.entry(matching: finding, today: options.today) else { return nil }
        return Suppression(kind: .external, source: .ignoreFile, justification: entry.comment, location: entry.location)
    }
}
