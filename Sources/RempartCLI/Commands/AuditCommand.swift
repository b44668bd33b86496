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
                    + "1 findings, 2 the account could not be read, 64 invalid command line.",
                fr: "Lit les VPC, sous-réseaux, groupes de sécurité, journaux de flux, instances, modèles de "
                    + "lancement, compartiments, clés KMS, journaux de suivi, alarmes et rôles IAM d'une région, "
                    + "puis exécute chaque règle, y compris celles réservées aux comptes réels. Une lecture qui "
                    + "échoue est signalée comme lacune et laisse ses vérifications indéterminées. Un constat est "
                    + "supprimé par l'étiquette rempart:ignore de la ressource (identifiants de règles séparés par "
                    + "des virgules) ou par une ligne du fichier d'exclusions qui nomme la règle et l'identifiant de "
                    + "la ressource. Codes de sortie : 0 rien au niveau de --fail-on ou au-dessus, 1 constats, "
                    + "2 compte illisible, 64 ligne de commande invalide."),
            options: AuditOptionSpecs.all,
            examples: [
                "rempart audit --region us-east-1",
                "rempart audit --endpoint-url http://127.0.0.1:5000 -f json -o audit.json",
                "rempart audit --template lab/cloudformation --lang fr",
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

        // 1. The account's configuration, as the AWS CLI resolves it.
        let configuration: AWSConfiguration
        switch await LiveAccountAudit.configuration(arguments, profileOption: "profile", context: context, logger: logger) {
        case .success(let value): configuration = value
        case .failure(let status): return status.code
        }

        // A report path that cannot be written is found before the account is read.
        let output: ReportFile?
        switch ScanCommand.openOutput(settings, context: context) {
        case .success(let file): output = file
        case .failure(let status): return status.code
        }

        // 2. Read the account, run the rules and, with templates, compare.
        let templates = arguments.allValues("template")
        let auditor = LiveAuditor(
            client: AWSClient(configuration: configuration, logger: logger), concurrency: concurrency, logger: logger)
        let inventory = await auditor.collect(readsStacks: !templates.isEmpty)
        var result = LiveEvaluation.evaluate(inventory, options: settings.options)
        if !templates.isEmpty {
            let declared = TemplateInventory.read(
                templates, workingDirectory: context.workingDirectory, options: settings.options.resolution)
            result.diagnostics += declared.diagnostics
            result.drift = DriftDetector(template: declared, live: inventory, stackResources: inventory.stackResources)
                .drift()
        }
        for diagnostic in result.diagnostics where diagnostic.level == .error || !isQuiet {
            context.report(diagnostic)
        }

        // 3. Report.
        let status = ScanCommand.writeReport(result, settings: settings, context: context, to: output)
        guard status == ExitCode.success else { return status }
        if !isQuiet { context.standardError.write(summaryLine(result, inventory: inventory, language: context.language)) }
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
        let resources = inventory.state.resources.count
        let findings = result.activeFindings.count
        let seconds = String(format: "%.2f", inventory.seconds)
        let text = LocalizedText(
            "rempart: \(inventory.target): \(resources) resources read in \(inventory.callCount) calls (\(seconds) s); "
                + "\(findings) findings, \(result.suppressedCount) suppressed, \(result.undecidedCount) undecided checks, "
                + "\(result.gaps.count) gaps, \(result.drift.count) drift entries",
            fr: "rempart : \(inventory.target) : \(resources) ressources lues en \(inventory.callCount) appels "
                + "(\(seconds) s) ; \(findings) constats, \(result.suppressedCount) supprimés, "
                + "\(result.undecidedCount) vérifications indéterminées, \(result.gaps.count) lacunes, "
                + "\(result.drift.count) écarts de dérive")
        return text(language) + "\n"
    }
}
