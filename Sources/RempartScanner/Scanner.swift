import Foundation
import RempartRules
import RempartSecrets
import RempartSupport
import RempartTemplate

/// Finds, reads, evaluates and checks CloudFormation templates, and searches files for secrets.
///
/// Files are read, parsed and searched for secrets concurrently, at most
/// `ScanOptions.concurrency` at a time, because they are independent. Evaluation then runs once over every template, so an
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
        let collector = FileCollector(
            workingDirectory: options.workingDirectory, includesEveryFile: options.scansSecrets)
        let clock = ContinuousClock()
        var start = clock.now
        let (candidates, pathErrors) = collector.collect(paths)
        logger.info("found \(candidates.count) candidate files", metadata: ["scan.paths": paths.joined(separator: ",")])
        logger.debug("collected files in \(Self.milliseconds(since: start, clock))")

        start = clock.now
        var scans = await read(candidates)
        for file in scans.compactMap(\.reading?.file) {
            logger.debug("read \(file.path): \(file.status.rawValue)\(file.format.map { " (\($0.rawValue))" } ?? "")")
        }
        logger.debug("read and parsed \(scans.count) files in \(Self.milliseconds(since: start, clock))")

        start = clock.now
        var result = assemble(&scans)
        logger.debug("evaluated templates and ran rules in \(Self.milliseconds(since: start, clock))")
        result.diagnostics = pathErrors + result.diagnostics
        result.missingPaths = pathErrors.compactMap(\.file)

        // Only files with findings are read again, so a clean scan keeps no source text in memory.
        start = clock.now
        let fullPaths = Dictionary(
            candidates.map { ($0.displayPath, $0.fullPath) }, uniquingKeysWith: { first, _ in first })
        SourceLines.attach(to: &result) { path in
            fullPaths[path].flatMap { FileManager.default.contents(atPath: $0) }
        }
        logger.debug("attached source lines in \(Self.milliseconds(since: start, clock))")
        let mask = result.noEchoMask
        mask.apply(to: &result)
        return result
    }

    /// Scans templates held in memory, as if each were a file named on the command line.
    public func scan(sources: [Pipeline.Source]) -> ScanResult {
        var scans = sources.map { source in
            let data = Data(source.text.utf8)
            var scan = FileScan(reading: FileReading.read(data, path: source.file, isExplicit: true))
            if options.scansSecrets { scan.searchSecrets(in: data, path: source.file) }
            return scan
        }
        var result = assemble(&scans)
        let texts = Dictionary(sources.map { ($0.file, $0.text) }, uniquingKeysWith: { first, _ in first })
        SourceLines.attach(to: &result) { path in texts[path].map { Data($0.utf8) } }
        let mask = result.noEchoMask
        mask.apply(to: &result)
        return result
    }

    // MARK: - Steps

    /// The time since `start` as `12.3 ms`, for debug logs.
    private static func milliseconds(since start: ContinuousClock.Instant, _ clock: ContinuousClock) -> String {
        let duration = clock.now - start
        let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.1f ms", value)
    }

    /// Reads the candidates with a bounded number of concurrent tasks, keeping their order.
    private func read(_ candidates: [FileCollector.Candidate]) async -> [FileScan] {
        let options = options
        return await withTaskGroup(of: (Int, FileScan).self) { group in
            var outcomes = [FileScan?](repeating: nil, count: candidates.count)
            var next = 0
            func addTask() {
                let index = next
                let candidate = candidates[index]
                group.addTask { (index, FileScan.scan(candidate, options: options)) }
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

    /// Evaluates the templates, runs the rules, adds the secrets and builds the result.
    ///
    /// The templates are moved out of `scans`, so that evaluation can free the trees read from
    /// the files before the rules run.
    private func assemble(_ scans: inout [FileScan]) -> ScanResult {
        var result = ScanResult()
        result.scanners = options.scanners
        var templates: [Template] = []
        for index in scans.indices {
            guard let outcome = scans[index].reading else { continue }
            result.files.append(outcome.file)
            if let error = outcome.file.error { result.diagnostics.append(error) }
            result.diagnostics.append(contentsOf: outcome.warnings)
            if let template = outcome.template { templates.append(template) }
            scans[index].reading?.template = nil
        }
        result.diagnostics.append(contentsOf: optionDiagnostics())
        guard !options.parseOnly else {
            result.diagnostics.append(contentsOf: templates.flatMap(\.diagnostics))
            for index in result.files.indices where result.files[index].status == .scanned {
                result.files[index].status = .parsed
            }
            result.diagnostics.append(Diagnostic(.note, Self.parseOnlyNote))
            result.isParseOnly = true
            result.scanners = []
            return result
        }

        result.diagnostics += UnknownParameters.warnings(for: options.resolution.parameters, templates: templates)
        let rules = options.scansMisconfigurations ? options.activeRules : []
        result.rules = rules.map(\.metadata).sorted { $0.id < $1.id }
        logger.debug(
            "running \(rules.count) rules on \(templates.count) templates: "
                + result.rules.map(\.id).joined(separator: ", "))
        var analysis = Pipeline.analyze(
            consume templates, options: options.resolution, rules: rules, trimsSources: true)
        result.state = analysis.state
        // Each resolved template carries the reader's diagnostics as well as its own.
        for template in analysis.templates {
            result.diagnostics.append(contentsOf: template.diagnostics)
        }

        let indexes = Dictionary(
            analysis.templates.map { ($0.file, SuppressionIndex($0, today: options.today)) },
            uniquingKeysWith: { first, _ in first })
        let templatePositions = Dictionary(
            analysis.templates.indices.map { (analysis.templates[$0].file, $0) },
            uniquingKeysWith: { first, _ in first })
        let knownRules = options.rules.map(\.metadata)
        for template in analysis.templates {
            result.diagnostics += indexes[template.file]?.unknownRuleWarnings(knownRules) ?? []
            result.diagnostics += indexes[template.file]?.invalidExpiryWarnings() ?? []
        }
        // Each rule's verdicts are released once counted, so they do not stay beside the findings.
        var verdicts = analysis.results
        analysis.results = []
        for (position, rule) in analysis.rules.enumerated() {
            let checks = verdicts[position]
            verdicts[position] = []
            let reference = RuleReference(rule)
            for check in checks {
                let file = check.resource.file ?? check.location?.file ?? ""
                switch check.status {
                case .passed: result.counts[file, default: .init()].passed += 1
                case .unknown(let reason):
                    result.counts[file, default: .init()].undecided += 1
                    result.undecided.append(
                        UndecidedCheck(
                            ruleID: rule.id, resource: check.resource,
                            location: check.location ?? check.resource.location,
                            reason: reason))
                case .failed:
                    result.counts[file, default: .init()].failed += 1
                    guard options.severities.isEmpty || options.severities.contains(rule.severity) else { continue }
                    var finding = Finding(
                        ruleReference: reference, resource: check.resource,
                        location: check.location ?? check.resource.location, detail: check.detail)
                    if let location = finding.location,
                        let node = templatePositions[file].flatMap({
                            analysis.templates[$0].resource(check.resource.name)
                        })?
                        .properties
                    {
                        finding.propertyPath = PropertyPath.find(location, in: node) ?? ""
                    }
                    finding.suppression = indexes[file]?.suppression(for: finding) ?? externalSuppression(for: finding)
                    result.findings.append(finding)
                }
            }
        }
        Self.sortForReport(&result.findings)
        result.undecided.sort(by: UndecidedCheck.reportOrder)
        result.diagnostics += invalidValueDiagnostics(result.undecided)
        result.noEchoMask = NoEchoMask(analysis.templates)
        if options.scansSecrets { addSecrets(scans, analysis: analysis, to: &result) }
        return result
    }

    /// Puts `findings` in `Finding.reportOrder`, the order `sort(by: Finding.reportOrder)` gives.
    ///
    /// The sort keys are built once per finding and positions are sorted instead of findings,
    /// so a large scan neither rebuilds keys at each comparison nor copies whole findings.
    /// The findings are then moved into place cycle by cycle, without a second array of them.
    static func sortForReport(_ findings: inout [Finding]) {
        let keys = findings.map { finding in
            (
                finding.file, finding.location?.line ?? 0, finding.location?.column ?? 0, finding.rule.id,
                finding.resource.name
            )
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

    /// One error per value of the wrong kind that left checks undecided, such as a string where
    /// a list of security group rules is expected, at the value's location.
    private func invalidValueDiagnostics(_ checks: [UndecidedCheck]) -> [Diagnostic] {
        var seen = Set<String>()
        var diagnostics: [Diagnostic] = []
        for check in checks where check.reason.hasPrefix(UnknownReason.invalidValuePrefix) {
            let key = "\(check.location?.description ?? check.file) \(check.reason)"
            guard seen.insert(key).inserted else { continue }
            let problem = UnknownReason.localizedDescription(
                ofEnglish: String(check.reason.dropFirst(UnknownReason.invalidValuePrefix.count)))
            diagnostics.append(
                Diagnostic(
                    .error,
                    LocalizedText(
                        "invalid value: \(problem.english); CloudFormation rejects it, and checks on it are undecided",
                        fr: "valeur invalide : \(problem.french) ; CloudFormation la refuse, et les vérifications qui la "
                            + "concernent sont indéterminées"),
                    at: check.location, file: check.file))
        }
        return diagnostics
    }

    private func externalSuppression(for finding: Finding) -> Suppression? {
        guard let entry = options.ignoreFile?.entry(matching: finding, today: options.today) else { return nil }
        return Suppression(kind: .external, source: .ignoreFile, justification: entry.comment, location: entry.location)
    }

    private static let parseOnlyNote = LocalizedText(
        "--parse-only: the files were only read; no rule ran and no secret was searched, so this is not a clean result",
        fr: "--parse-only : les fichiers ont seulement été lus ; aucune règle n'a été exécutée et aucun secret n'a été "
            + "cherché, ce n'est donc pas un résultat sans problème")

    /// Warnings about the options themselves: ignore-file lines left out, unknown skipped rules.
    private func optionDiagnostics() -> [Diagnostic] {
        var diagnostics = options.ignoreFile?.diagnostics ?? []
        for entry in options.ignoreFile?.entries ?? []
        where !options.rules.contains(where: { $0.metadata.isNamed(entry.ruleName) })
            && !SecretRules.isRuleID(entry.ruleName)
        {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    LocalizedText(
                        "no rule is named '\(entry.ruleName)'; this line suppresses nothing",
                        fr: "aucune règle ne s'appelle « \(entry.ruleName) » ; cette ligne n'exempte rien"),
                    at: entry.location))
        }
        for name in options.unknownSkippedRules {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    LocalizedText(
                        "--skip-rules: no rule is named '\(name)'",
                        fr: "--skip-rules : aucune règle ne s'appelle « \(name) »")
                ))
        }
        return diagnostics
    }
}
