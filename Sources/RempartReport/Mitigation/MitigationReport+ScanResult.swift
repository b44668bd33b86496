import Foundation
import RempartModel
import RempartRules
import RempartScanner

extension MitigationReport {
    /// Creates the report of a scan made by `Scanner`, with the architecture diagram of its state.
    ///
    /// Suppressed findings are left out, as they are from the scan's exit code, and so are
    /// findings of severities that `--severity` left out. Every file the scan looked at is
    /// listed in the summary, including skipped and rejected ones.
    ///
    /// - Parameters:
    ///   - result: The scan's result; its `state` becomes the diagram, when it has one.
    ///   - includesDiagram: Whether to build the diagram at all.
    ///   - generatedAt: When the scan ran; nil leaves the date out.
    public init(scan result: ScanResult, includesDiagram: Bool = true, generatedAt: Date? = nil) {
        let failures = result.activeFindings.map { finding in
            CheckResult(
                ruleID: finding.rule.id, resource: finding.resource, status: .failed,
                origin: finding.location.map(Origin.source) ?? finding.resource.origin, detail: finding.detail)
        }
        var rules = result.rules
        var knownIDs = Set(rules.map(\.id))
        for finding in result.findings where knownIDs.insert(finding.rule.id).inserted {
            rules.append(finding.rule)
        }

        var diagram: ArchitectureGraph?
        if includesDiagram, let state = result.state {
            diagram = ArchitectureGraph(state: state, results: failures, rules: rules, names: result.resourceNames)
        }
        self.init(
            results: failures, rules: rules, subject: .files(result.files.map(\.path)), diagram: diagram,
            generatedAt: generatedAt)
        // Live resources are shown with their Name tag; the order depends on the place, so it is sorted again.
        if !result.resourceNames.isEmpty {
            for index in entries.indices where entries[index].resource.file == nil {
                entries[index].resourceName = result.resourceNames[entries[index].resource.name]
            }
            entries.sort(by: Self.precedes)
        }
        passedCount = result.counts.values.reduce(0) { $0 + $1.passed }
        unknownCount = result.undecidedCount
    }
}
