import Foundation
import RempartAWS
import RempartDeploy
import RempartInfra
import RempartScanner
import RempartSupport

/// Runs the deployment steps of `deploy` and `destroy` and prints their progress and results.
///
/// Progress goes to standard error, like the lab's scripts (`[INFO] [3/57] Create VPC: vpc-…`, then
/// `[INFO] End`); the list of what exists goes to standard output.
enum DeployOutput {
    // MARK: - Scan and plan

    /// Writes the scanned templates to `.rempart/deployments/<name>/` and returns that directory relative to the
    /// working directory, with a trailing slash. Returns nil after a warning when they cannot be written.
    static func writeTemplates(_ outcome: ScanGate.Outcome, request: DeployRequest, context: CommandContext) -> String? {
        let directory = StateStore.templatesDirectory(name: request.name, in: request.workingDirectory)
        do {
            try outcome.writeTemplates(to: directory)
        } catch let error as DeployError {
            let note = LocalizedText(
                "; the findings below name templates that exist only in memory",
                fr: " ; les constats ci-dessous nomment des modèles qui n'existent qu'en mémoire")
            context.report(
                Diagnostic(
                    .warning,
                    LocalizedText(
                        error.message.english + note.english, fr: error.message.french + note.french)))
            return nil
        } catch {
            return nil
        }
        return ".rempart/deployments/\(request.name)/"
    }

    /// Prints the scan summary and every finding at or above the threshold on standard error. With `templates`,
    /// the directory holding copies of the scanned templates, each finding's place names its copy.
    static func printScan(
        _ outcome: ScanGate.Outcome, templates: String?, request: DeployRequest, context: CommandContext
    ) {
        let language = context.language
        let summary = scanSummary(outcome.result)
        let copies = templates.map { LocalizedText(" (copies in \($0))", fr: " (copies dans \($0))") }
        let text = LocalizedText(
            "rempart: scanned \(outcome.templateName)\(copies?.english ?? ""): \(summary.english)\n",
            fr: "rempart : analyse de \(outcome.templateName)\(copies?.french ?? "") : \(summary.french)\n")
        context.standardError.write(text(language))
        let threshold = request.failOn ?? .critical
        let shown = outcome.result.activeFindings.filter { $0.rule.severity >= threshold }.sorted(
            by: Finding.reportOrder)
        for finding in shown {
            let file = finding.location?.file ?? finding.file
            let place = (templates ?? "") + (finding.location.map { "\(file):\($0.line)" } ?? file)
            let separator = language == .french ? " : " : ": "
            context.standardError.write(
                "  \(finding.rule.severity.displayName(language))  \(finding.rule.id)  \(finding.resource.name) "
                    + "(\(place))\(separator)\(finding.rule.title(language))\n")
        }
    }

    /// The number of findings by severity: `3 findings (HIGH 2, LOW 1)`, `3 constats (ÉLEVÉE 2, FAIBLE 1)`.
    static func scanSummary(_ result: ScanResult) -> LocalizedText {
        let findings = result.activeFindings
        let counts = Severity.allCases.reversed().compactMap { severity -> LocalizedText? in
            let count = findings.filter { $0.rule.severity == severity }.count
            guard count > 0 else { return nil }
            let name = severity.displayName
            return LocalizedText("\(name.english) \(count)", fr: "\(name.french) \(count)")
        }
        let english = counts.isEmpty ? "" : " (\(counts.map(\.english).joined(separator: ", ")))"
        let french = counts.isEmpty ? "" : " (\(counts.map(\.french).joined(separator: ", ")))"
        let count = findings.count
        // French puts 0 and 1 in the singular.
        return LocalizedText(
            "\(count) \(count == 1 ? "finding" : "findings")\(english)",
            fr: "\(count) \(count <= 1 ? "constat" : "constats")\(french)")
    }

    /// Prints the steps or stacks that would be deployed, wave by wave, on standard output.
    static func printPlan(request: DeployRequest, profile: LabProfile, context: CommandContext) {
        var lines: [String] = []
        switch request.method {
        case .api:
            let plan = LabDeploymentPlan(name: request.name, profile: profile, parameters: request.parameters)
            let graph: DeploymentGraph
            do {
                graph = try plan.graph
            } catch let error as DeployError {
                context.report(Diagnostic(.error, error.message))
                return
            } catch {
                context.report(Diagnostic(.error, LocalizedText("\(error)", fr: "\(error)")))
                return
            }
            let byID = Dictionary(
                graph.steps.map { ($0.id, context.language == .french ? $0.frenchTitle : $0.title) },
                uniquingKeysWith: { first, _ in first })
            let layers = graph.layers().layers
            // French puts a space before the semicolon.
            let separator = context.language == .french ? " ; " : "; "
            let header = LocalizedText(
                "Plan for '\(request.name)' (\(profile.rawValue), through the API): \(graph.steps.count) steps in "
                    + "\(layers.count) waves",
                fr: "Plan pour « \(request.name) » (\(profile.rawValue), par l'API) : \(graph.steps.count) étapes en "
                    + "\(layers.count) vagues")
            lines.append(header(context.language))
            for (index, layer) in layers.enumerated() {
                lines.append("  \(index + 1). " + layer.map { byID[$0] ?? $0 }.joined(separator: separator))
            }
        case .cloudformation:
            let header = LocalizedText(
                "Plan for '\(request.name)' (\(profile.rawValue), through CloudFormation):",
                fr: "Plan pour « \(request.name) » (\(profile.rawValue), par CloudFormation) :")
            lines.append(header(context.language))
            let waves =
                (try? StackTemplate.lab(name: request.name, profile: profile, parameters: request.parameters)) ?? []
            for (index, wave) in waves.enumerated() {
                lines.append(
                    "  \(index + 1). "
                        + wave.map { "\($0.name) (\($0.fileName))" }.joined(
                            separator: context.language == .french ? " ; " : "; "))
            }
        }
        context.standardOutput.write(lines.joined(separator: "\n") + "\n")
    }

    // MARK: - API

    /// Deploys through the API, uploading the source and the scan report, and prints what exists.
    static func deployThroughAPI(
        request: DeployRequest, profile: LabProfile, scan: ScanGate.Outcome, services: AWSServices,
        counter: CountingTransport, isQuiet: Bool, context: CommandContext
    ) async -> Int32 {
        let files: [SourceFile]
        do {
            files = try request.source.map(SourceFile.collect) ?? []
        } catch let error as DeployError {
            context.report(Diagnostic(.error, error.message))
            return ExitCode.failure
        } catch {
            return ExitCode.failure
        }
        let plan = LabDeploymentPlan(
            name: request.name, profile: profile, region: services.region, parameters: request.parameters,
            sourceFiles: files, scanReport: scan.report)
        let deployer = APIDeployer(
            services: services, directory: request.workingDirectory,
            onWarning: { context.report(Diagnostic(.warning, $0)) })
        let started = Date()
        let state: DeploymentState
        do {
            state = try await deployer.deploy(plan) { event in printEvent(event, isQuiet: isQuiet, context: context) }
        } catch let error as DeployError {
            context.report(Diagnostic(.error, error.message))
            // Only a failing step leaves a partial deployment that a second run resumes.
            if error.isStepFailure { context.standardError.write(resumeHint(request.name)(context.language)) }
            return ExitCode.failure
        } catch {
            context.report(Diagnostic(.error, UnexpectedError.message(error)))
            return ExitCode.failure
        }
        printEnd(calls: counter.count, started: started, isQuiet: isQuiet, context: context)

        // The product: every resource with its physical ID, in the graph's order.
        let sourceFiles = LocalizedText.count(files.count, "source file", fr: "fichier source", frPlural: "fichiers source")
        let bucket = state.resources["LabBucket"]?.id ?? "?"
        var lines = [
            LocalizedText(
                "Deployment '\(request.name)' (\(profile.rawValue), \(services.region)): \(sourceFiles.english) "
                    + "and the scan report in s3://\(bucket)/",
                fr: "Déploiement « \(request.name) » (\(profile.rawValue), \(services.region)) : \(sourceFiles.french) "
                    + "et le rapport d'analyse dans s3://\(bucket)/")(
                    context.language)
        ]
        lines += resourceTable(plan: plan, state: state)
        let summary = scanSummary(scan.result)
        lines.append(
            LocalizedText(
                "Scan of \(scan.templateName): \(summary.english)",
                fr: "Analyse de \(scan.templateName) : \(summary.french)")(
                    context.language))
        context.standardOutput.write(lines.joined(separator: "\n") + "\n")
        return ExitCode.success
    }

    /// Removes an API deployment and prints its progress.
    static func destroyThroughAPI(
        request: DeployRequest, services: AWSServices, counter: CountingTransport, isQuiet: Bool,
        context: CommandContext
    ) async -> Int32 {
        let deployer = APIDeployer(
            services: services, directory: request.workingDirectory,
            onWarning: { context.report(Diagnostic(.warning, $0)) })
        let started = Date()
        let interrupt = InterruptNotice(message: InterruptNotice.destroy(request.name), context: context)
        defer { interrupt.cancel() }
        do {
            try await deployer.destroy(name: request.name) { event in
                printEvent(event, isQuiet: isQuiet, context: context)
            }
        } catch let error as DeployError {
            context.report(Diagnostic(.error, error.message))
            return ExitCode.failure
        } catch {
            context.report(Diagnostic(.error, UnexpectedError.message(error)))
            return ExitCode.failure
        }
        printEnd(calls: counter.count, started: started, isQuiet: isQuiet, context: context)
        return ExitCode.success
    }

    /// Prints one step's outcome; start events are left out, because each outcome line carries the step count.
    static func printEvent(_ event: DeploymentEvent, isQuiet: Bool, context: CommandContext) {
        guard event.kind != .started else { return }
        if isQuiet && event.kind != .failed { return }
        context.standardError.write(event.line(in: context.language) + "\n")
    }

    /// Returns the deployed resources as rows of step ID, type and physical ID, in the graph's order. Each column
    /// is as wide as its longest value (at least 28 and 34 characters), so no value is cut.
    static func resourceTable(plan: LabDeploymentPlan, state: DeploymentState) -> [String] {
        let steps = ((try? plan.graph.steps) ?? []).compactMap { step -> (String, ResourceRecord)? in
            guard let record = state.resources[step.id], !record.isLookup else { return nil }
            return (step.id, record)
        }
        let idWidth = max(28, steps.map(\.0.count).max() ?? 0)
        let typeWidth = max(34, steps.map(\.1.type.count).max() ?? 0)
        return steps.map { id, record in
            "  \(id.padding(toLength: idWidth, withPad: " ", startingAt: 0))  "
                + "\(record.type.padding(toLength: typeWidth, withPad: " ", startingAt: 0))  \(record.id)"
        }
    }

    private static func printEnd(calls: Int, started: Date, isQuiet: Bool, context: CommandContext) {
        guard !isQuiet else { return }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        let text = LocalizedText(
            "[INFO] End (\(LocalizedText.count(calls, "API call", fr: "appel d'API", frPlural: "appels d'API").english), "
                + "\(seconds) s)\n",
            fr: "[INFO] Fin (\(LocalizedText.count(calls, "API call", fr: "appel d'API", frPlural: "appels d'API").french), "
                + "\(seconds.replacingOccurrences(of: ".", with: ",")) s)\n")
        context.standardError.write(text(context.language))
    }

    private static func resumeHint(_ name: String) -> LocalizedText {
        LocalizedText(
            "rempart: what was created is recorded; run the same deploy again to resume, or "
                + "'rempart destroy --name \(name) --yes' to remove it\n",
            fr: "rempart : ce qui a été créé est consigné ; relancez le même déploiement pour reprendre, ou "
                + "« rempart destroy --name \(name) --yes » pour le supprimer\n")
    }

    // MARK: - CloudFormation

    /// Deploys the three stacks, printing their events as a table on standard error.
    static func deployStacks(
        request: DeployRequest, profile: LabProfile, services: AWSServices, isQuiet: Bool, context: CommandContext
    ) async -> Int32 {
        let waves: [[StackTemplate]]
        do {
            waves = try StackTemplate.lab(name: request.name, profile: profile, parameters: request.parameters)
        } catch let error as DeployError {
            context.report(Diagnostic(.error, error.message))
            return ExitCode.failure
        } catch {
            context.report(Diagnostic(.error, UnexpectedError.message(error)))
            return ExitCode.failure
        }
        let deployer = StackDeployer(services: services, tags: [StepContext.deploymentTagKey: request.name])
        let status = await runStacks(isQuiet: isQuiet, context: context) { onEvent in
            try await deployer.deploy(waves, onEvent: onEvent)
        }
        guard status == ExitCode.success else { return status }

        // The product: each stack's status and outputs.
        var lines: [String] = []
        for stack in waves.joined() {
            guard let described = try? await services.cloudFormation.describeStacks(name: stack.name).first else {
                continue
            }
            lines.append("\(described.name)  \(described.status)")
            for output in described.outputs { lines.append("  \(output.key) = \(output.value)") }
        }
        context.standardOutput.write(lines.joined(separator: "\n") + "\n")
        return ExitCode.success
    }

    /// Deletes the three stacks, the ec2 and s3 stacks first.
    static func destroyStacks(request: DeployRequest, services: AWSServices, isQuiet: Bool, context: CommandContext)
        async
        -> Int32
    {
        let names = [["\(request.name)-vpc"], ["\(request.name)-ec2", "\(request.name)-s3"]]
        let deployer = StackDeployer(services: services)
        return await runStacks(isQuiet: isQuiet, context: context) { onEvent in
            try await deployer.delete(names, onEvent: onEvent)
        }
    }

    /// Runs a stack operation, printing the event table, and maps its errors to exit codes: 1 for a failed stack,
    /// 2 for anything else.
    private static func runStacks(
        isQuiet: Bool, context: CommandContext,
        _ operation: (@escaping @Sendable (StackEventRow) -> Void) async throws -> Void
    ) async -> Int32 {
        let table = StackEventTable()
        if !isQuiet { context.standardError.write(table.header(in: context.language) + "\n") }
        do {
            try await operation { row in
                if !isQuiet || row.isFailure { context.standardError.write(table.row(row) + "\n") }
            }
        } catch let error as DeployError {
            context.report(Diagnostic(.error, error.message))
            if case .stackFailed = error { return ExitCode.findings }
            return ExitCode.failure
        } catch let error as AWSError {
            context.report(Diagnostic(.error, error.message))
            return ExitCode.failure
        } catch {
            context.report(Diagnostic(.error, UnexpectedError.message(error)))
            return ExitCode.failure
        }
        return ExitCode.success
    }
}
