import Foundation
import RempartAWS
import RempartAudit
import RempartReport
import RempartScanner
import RempartSupport
import RempartTemplate

/// `rempart audit`: reads a live account, runs the rules on it, and reports findings, gaps and drift.
enum AuditCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "audit",
            abstract: LocalizedText(
                "Audit a live AWS account with the same rules as scan, and compare it with templates.",
                fr: "Auditer un compte AWS réel avec les mêmes règles que scan, et le comparer à des modèles."),
            discussion: LocalizedText(
                "Reads VPCs, subnets, security groups, flow logs, instances, launch templates, buckets, KMS keys, "
                    + "trails, alarms and IAM roles of one region, then runs every rule, live-only ones included. "
                    + "A read that fails is reported as a gap and leaves its checks undecided. A finding is "
                    + "suppressed by the resource's rempart:ignore tag (rule IDs, comma-separated) or by an ignore-file "
                    + "line naming the rule and the resource ID. Exit codes: 0 nothing at or above --fail-on, "
                    + "1 findings, 2 the account or a --template could not be read, 64 invalid command line.",
                fr: "Lit les VPC, sous-réseaux, groupes de sécurité, journaux de flux, instances, modèles de "
                    + "lancement, compartiments, clés KMS, journaux de suivi, alarmes et rôles IAM d'une région, "
                    + "puis exécute chaque règle, y compris celles réservées aux comptes réels. Une lecture qui "
                    + "échoue est signalée comme lacune et laisse ses vérifications indéterminées. Un constat est "
                    + "exempté par l'étiquette rempart:ignore de la ressource (identifiants de règles séparés par "
                    + "des virgules) ou par une ligne du fichier d'exemptions qui nomme la règle et l'identifiant de "
                    + "la ressource. Codes de sortie : 0 rien au niveau de --fail-on ou au-dessus, 1 constats, "
                    + "2 compte ou modèle de --template illisible, 64 ligne de commande invalide."),
            options: AuditOptionSpecs.all,
            examples: [
                "rempart audit --region us-east-1",
                "rempart audit --profile student -f json -o audit.json",
                "rempart audit --template examples/lab/cloudformation --lang fr",
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) async -> Int32 {
        let logger = CommonOptions.logger(for: arguments)
        let isQuiet = arguments.isSet("quiet")
        let settings: ScanSettings
        let concurrency: Int
        do {
            settings = try ScanSettings(arguments, context: context)
            concurrency = try Self.concurrency(arguments)
        } catch let error as UsageError {
            context.standardError.write(HelpFormatter(root: Rempart.rootSpec, language: context.language).errorText(for: error))
            return ExitCode.usage
        } catch let error as ScanSettings.InputError {
            context.report(error.diagnostic)
            return ExitCode.failure
        } catch {
            context.report(Diagnostic(.error, UnexpectedError.message(error)))
            return ExitCode.failure
        }

        // 1. The templates to compare with must exist, or the drift the user asked for would be missing.
        let templates = arguments.allValues("template")
        let missingTemplates = templates.compactMap { path in
            FileAccessProblem.problem(finding: ScanSettings.resolve(path, in: context)).map {
                Diagnostic(.error, $0, file: path)
            }
        }
        guard missingTemplates.isEmpty else {
            missingTemplates.forEach(context.report)
            context.report(Diagnostic(.error, noAuditWithoutTemplates))
            return ExitCode.failure
        }

        // The report must not replace one of the templates or other inputs.
        let inputs = ScanRun.inputs(templates, arguments: arguments)
        if let path = settings.outputPath, ScanRun.outputsReplaceInputs([path], inputs: inputs, context: context) {
            return ExitCode.failure
        }

        // 2. The account's configuration, as the AWS CLI resolves it.
        let configuration: AWSConfiguration
        switch await LiveAccountAudit.configuration(arguments, context: context, logger: logger) {
        case .success(let value): configuration = value
        case .failure(let status): return status.code
        }

        // A report path that cannot be written is found before the account is read.
        let output: ReportFile?
        switch ScanCommand.openOutput(settings, context: context) {
        case .success(let file): output = file
        case .failure(let status): return status.code
        }

        // 3. Read the account, run the rules and, with templates, compare.
        let auditor = LiveAuditor(
            client: AWSClient(configuration: configuration, logger: logger), concurrency: concurrency, logger: logger)
        let inventory = await auditor.collect(readsStacks: !templates.isEmpty)
        var result = LiveEvaluation.evaluate(inventory, options: settings.options)
        result.diagnostics += LiveAccountAudit.gapWarnings(result.gaps)
        var hasUnreadTemplate = false
        if !templates.isEmpty {
            let declared = TemplateInventory.read(
                templates, workingDirectory: context.workingDirectory, options: settings.options.resolution)
            result.diagnostics += declared.diagnostics
            hasUnreadTemplate = declared.diagnostics.contains { $0.level == .error }
            result.drift = DriftDetector(template: declared, live: inventory, stackResources: inventory.stackResources)
                .drift()
        }
        for diagnostic in result.diagnostics where diagnostic.level == .error || !isQuiet {
            context.report(diagnostic)
        }

        // 4. Report; a template that could not be read leaves the drift incomplete, so the exit code is 2.
        let status = ScanCommand.writeReport(result, settings: settings, context: context, to: output)
        guard status == ExitCode.success else { return status }
        if !isQuiet { context.standardError.write(summaryLine(result, inventory: inventory, language: context.language)) }
        if hasUnreadTemplate { return ExitCode.failure }
        return exitCode(for: result, inventory: inventory, failOn: settings.failOn)
    }

    // MARK: - Steps

    private static func concurrency(_ arguments: ParsedArguments) throws -> Int {
        guard let text = arguments.value("concurrency") else { return 8 }
        guard let value = Int(text), (1...64).contains(value) else {
            throw UsageError(
                .invalidArgument(
                    option: "--concurrency", value: text,
                    reason: LocalizedText("expected a number from 1 to 64", fr: "nombre de 1 à 64 attendu")),
                commandPath: arguments.commandPath)
        }
        return value
    }

    /// Returns 2 when every read failed, else 1 when a finding reaches `failOn`, else 0.
    static func exitCode(for result: ScanResult, inventory: LiveInventory, failOn: Severity?) -> Int32 {
        if inventory.callCount > 0, inventory.state.gaps.count == inventory.callCount { return ExitCode.failure }
        guard let failOn, let highest = result.highestSeverity, highest >= failOn else { return ExitCode.success }
        return ExitCode.findings
    }

    /// Returns the one-line summary printed on standard error.
    static func summaryLine(_ result: ScanResult, inventory: LiveInventory, language: Language) -> String {
        let seconds = String(format: "%.2f", inventory.seconds)
        let parts: [LocalizedText] = [
            .count(inventory.state.resources.count, "resource read", plural: "resources read", fr: "ressource lue"),
            .count(inventory.callCount, "call", fr: "appel"),
            .count(result.activeFindings.count, "finding", fr: "constat"),
            .count(result.suppressedCount, "suppressed", plural: "suppressed", fr: "exempté"),
            .count(result.undecidedCount, "undecided check", fr: "vérification indéterminée"),
            .count(result.gaps.count, "gap", fr: "lacune"),
            .count(result.drift.count, "drift entry", plural: "drift entries", fr: "écart de dérive", frPlural: "écarts de dérive"),
        ]
        let text = LocalizedText(
            "rempart: \(inventory.target): \(parts[0].english) in \(parts[1].english) (\(seconds) s); "
                + parts[2...].map(\.english).joined(separator: ", "),
            fr: "rempart : \(inventory.target) : \(parts[0].french) en \(parts[1].french) "
                + "(\(seconds.replacingOccurrences(of: ".", with: ",")) s) ; "
                + parts[2...].map(\.french).joined(separator: ", "))
        return text(language) + "\n"
    }

    // MARK: - Messages

    static let noAuditWithoutTemplates = LocalizedText(
        "no audit done, because a --template path is missing and the drift could not be computed; fix the path or "
            + "leave --template out",
        fr: "aucun audit effectué, car un chemin de --template est introuvable et la dérive ne pourrait pas être "
            + "calculée ; corrigez le chemin ou retirez --template")
}
