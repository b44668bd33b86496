import Foundation
import RempartRules
import RempartSupport
import RempartTemplate

/// Finds, reads, evaluates and checks CloudFormation templates.
///
/// Files are read and parsed concurrently, at most `ScanOptions.concurrency` at a time,
/// because they are independent. Evaluation then runs once over every template, so an
/// `Fn::ImportValue` in one file finds the export of another. A file that cannot be read is
/// reported and never stops the others.
public struct Scanner: Sendable {
    public var options: ScanOptions
    public var logger: Logger

    /// Creates a scanner.
    public init(options: ScanOptions = ScanOptions(), logger: Logger = .disabled) {
        self.options = options
        self.logger = logger
    }

    /// Scans the files and directories in `paths` (relative to the working directory or absolute).
    public func scan(_ paths: [String]) async -> ScanResult {
        let collector = FileCollector(workingDirectory: options.workingDirectory)
        let (candidates, pathErrors) = collector.collect(paths)
        logger.info("found \(candidates.count) candidate files", metadata: ["scan.paths": paths.joined(separator: ",")])

        var result = assemble(await read(candidates))
        result.diagnostics = pathErrors + result.diagnostics
        result.missingPaths = pathErrors.compactMap(\.file)

        // Only files with findings are read again, so a clean scan keeps no source text in memory.
        let fullPaths = Dictionary(candidates.map { ($0.displayPath, $0.fullPath) }, uniquingKeysWith: { first, _ in first })
        SourceLines.attach(to: &result) { path in
            fullPaths[path].flatMap { FileManager.default.contents(atPath: $0) }
        }
        return result
    }

    /// Scans templates held in memory, as if each were a file named on the command line.
    public func scan(sources: [Pipeline.Source]) -> ScanResult {
        let outcomes = sources.map { source in
            FileReading.read(Data(source.text.utf8), path: source.file, isExplicit: true)
        }
        var result = assemble(outcomes)
        let texts = Dictionary(sources.map { ($0.file, $0.text) }, uniquingKeysWith: { first, _ in first })
        SourceLines.attach(to: &result) { path in texts[path].map { Data($0.utf8) } }
        return result
    }

    // MARK: - Steps

    /// Reads the candidates with a bounded number of concurrent tasks, keeping their order.
    private func read(_ candidates: [FileCollector.Candidate]) async -> [FileReading.Outcome] {
        await withTaskGroup(of: (Int, FileReading.Outcome).self) { group in
            var outcomes = [FileReading.Outcome?](repeating: nil, count: candidates.count)
            var next = 0
            func addTask() {
                let index = next
                let candidate = candidates[index]
                group.addTask { (index, FileReading.read(candidate)) }
                next += 1
            }
            while next < min(options.concurrency, candidates.count) { addTask() }
            while let (index, outcome) = await group.next() {
                outcomes[index] = outcome
                if next < candidates.count { addTask() }
            }
            return outcomes.compactMap { $0 }
        }
    }

    /// Evaluates the templates, runs the rules and builds the result.
    ///
    /// The templates are released once evaluated and indexed for suppressions, before the
    /// findings are built, so a large scan does not hold both at its peak of memory.
    private func assemble(_ outcomes: consuming [FileReading.Outcome]) -> ScanResult {
        var result = ScanResult()
        var templates: [Template] = []
        for outcome in outcomes {
            result.files.append(outcome.file)
            if let error = outcome.file.error { result.diagnostics.append(error) }
            result.diagnostics.append(contentsOf: outcome.warnings)
            if let template = outcome.template { templates.append(template) }
        }
        outcomes = []
        result.diagnostics.append(contentsOf: optionDiagnostics())
        guard !options.parseOnly else {
            result.diagnostics.append(contentsOf: templates.flatMap(\.diagnostics))
            return result
        }

        let rules = options.activeRules
        result.rules = rules.map(\.metadata).sorted { $0.id < $1.id }
        var analysis = Pipeline.analyze(templates, options: options.resolution, rules: rules)
        templates = []
        result.state = analysis.state
        // Each resolved template carries the reader's diagnostics as well as its own.
        for template in analysis.templates {
            result.diagnostics.append(contentsOf: template.diagnostics)
        }

        let indexes = Dictionary(
            analysis.templates.map { ($0.file, SuppressionIndex($0, today: options.today)) }, uniquingKeysWith: { first, _ in first })
        let knownRules = options.rules.map(\.metadata)
        for template in analysis.templates {
            result.diagnostics += indexes[template.file]?.unknownRuleWarnings(knownRules) ?? []
        }
        analysis.templates = []
        // Each rule's verdicts are released once counted, so they and the findings built from
        // them are not all held at once.
        for (ruleIndex, rule) in analysis.rules.enumerated() {
            let checks = analysis.results[ruleIndex]
            analysis.results[ruleIndex] = []
            for check in checks {
                let file = check.resource.file ?? check.location?.file ?? ""
                switch check.status {
                case .passed: result.counts[file, default: .init()].passed += 1
                case .unknown: result.counts[file, default: .init()].undecided += 1
                case .failed:
                    result.counts[file, default: .init()].failed += 1
                    guard options.severities.isEmpty || options.severities.contains(rule.severity) else { continue }
                    var finding = Finding(
                        rule: rule, resource: check.resource, location: check.location ?? check.resource.location,
                        detail: check.detail)
                    finding.suppression = indexes[file]?.suppression(for: finding) ?? externalSuppression(for: finding)
                    result.findings.append(finding)
                }
            }
        }
        Self.sortForReport(&result.findings)
        return result
    }

    /// Puts `findings` in `Finding.reportOrder`, the order `sort(by: Finding.reportOrder)` gives.
    ///
    /// The sort keys are built once per finding and positions are sorted instead of findings,
    /// so a large scan neither rebuilds keys at each comparison nor copies whole findings.
    /// The findings are then moved into place cycle by cycle, without a second array of them.
    static func sortForReport(_ findings: inout [Finding]) {
        let keys = findings.map { finding in
            (finding.file, finding.location?.line ?? 0, finding.location?.column ?? 0, finding.rule.id, finding.resource.name)
        }
        // order[i] is the position, before sorting, of the finding that belongs at i.
        var order = keys.indices.sorted { keys[$0] < keys[$1] }
        for start in order.indices where order[start] != start {
            var current = start
            while order[current] != start {
                let source = order[current]
                findings.swapAt(current, source)
                order[current] = current
                current = source
            }
            order[current] = current
        }
    }

    private func externalSuppression(for finding: Finding) -> Suppression? {
        guard let entry = options.ignoreFile?.entry(matching: finding, today: options.today) else { return nil }
        return Suppression(kind: .external, source: .ignoreFile, justification: entry.comment, location: entry.location)
    }

    /// Warnings about the options themselves: ignore-file lines left out, unknown skipped rules.
    private func optionDiagnostics() -> [Diagnostic] {
        var diagnostics = options.ignoreFile?.diagnostics ?? []
        for entry in options.ignoreFile?.entries ?? [] where !options.rules.contains(where: { $0.metadata.isNamed(entry.ruleName) }) {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    LocalizedText(
                        "no rule is named '\(entry.ruleName)'; this line suppresses nothing",
                        fr: "aucune règle ne s’appelle « \(entry.ruleName) »; cette ligne ne supprime rien"),
                    at: entry.location))
        }
        for name in options.unknownSkippedRules {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    LocalizedText(
                        "--skip-rules: no rule is named '\(name)'", fr: "--skip-rules : aucune règle ne s’appelle « \(name) »")
                ))
        }
        return diagnostics
    }
}
