import Foundation
import RempartReport
import RempartScanner
import RempartSupport
import RempartTemplate

/// `rempart scan PATH...`: checks CloudFormation templates and prints a report.
enum ScanCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "scan",
            abstract: LocalizedText(
                "Scan CloudFormation templates for misconfigurations.",
                fr: "Analyser des modèles CloudFormation à la recherche de mauvaises configurations."),
            discussion: LocalizedText(
                "Directories are searched recursively for .json, .yaml, .yml, .template and .txt files; .git, "
                    + "node_modules and .build are skipped. Every file ends up scanned, skipped (not CloudFormation) "
                    + "or rejected (unreadable); a scanned template that CloudFormation would reject is also counted as "
                    + "invalid. The secret scanner also reads every other text file up to 10 MiB, "
                    + "binary files excepted, and prints secrets masked. Exit codes: 0 nothing at or above --fail-on, "
                    + "1 findings, 2 the scan could not be done on every input (a missing path, a rejected file) or a "
                    + "template is invalid, "
                    + "3 only parsed (--parse-only), 64 invalid command line.",
                fr: "Les dossiers sont parcourus récursivement à la recherche de fichiers .json, .yaml, .yml, "
                    + ".template et .txt ; .git, node_modules et .build sont exclus. Chaque fichier est analysé, "
                    + "ignoré (pas du CloudFormation) ou rejeté (illisible) ; un modèle analysé que CloudFormation "
                    + "refuserait est aussi compté comme invalide. Le détecteur de secrets lit aussi tout "
                    + "autre fichier texte d'au plus 10 Mio, sauf les fichiers binaires, et masque les secrets. "
                    + "Codes de sortie : 0 rien au niveau de "
                    + "--fail-on ou au-dessus, 1 constats, 2 analyse impossible pour une entrée (chemin introuvable, "
                    + "fichier rejeté) ou modèle invalide, 3 lecture seule (--parse-only), 64 ligne de commande invalide."),
            arguments: [
                ArgumentSpec(
                    "path",
                    help: LocalizedText(
                        "Template files or directories to scan.", fr: "Fichiers de modèles ou dossiers à analyser."),
                    isRepeating: true)
            ],
            options: ScanOptionSpecs.all,
            examples: [
                "rempart scan infra/",
                "rempart scan --parameter EnvironmentName=prod vpc.yaml ec2.json",
                "rempart scan --format sarif --output rempart.sarif .",
                "rempart scan --severity HIGH,CRITICAL --fail-on high --lang fr infra/",
                "rempart scan --scanners secret .",
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) async -> Int32 {
        let logger = CommonOptions.logger(for: arguments)
        let isQuiet = arguments.isSet("quiet")
        let settings: ScanSettings
        do {
            settings = try ScanSettings(arguments, context: context)
        } catch let error as UsageError {
            let help = HelpFormatter(root: Rempart.rootSpec, language: context.language)
            context.standardError.write(help.errorText(for: error))
            return ExitCode.usage
        } catch let error as ScanSettings.InputError {
            context.report(error.diagnostic)
            return ExitCode.failure
        } catch {
            context.report(Diagnostic(.error, UnexpectedError.message(error)))
            return ExitCode.failure
        }

        // A report path that cannot be written is found before the scan, not after it.
        let inputs = ScanRun.inputs(arguments.positionals, arguments: arguments)
        if let path = settings.outputPath, ScanRun.outputsReplaceInputs([path], inputs: inputs, context: context) {
            return ExitCode.failure
        }
        let output: ReportFile?
        switch openOutput(settings, context: context) {
        case .success(let file): output = file
        case .failure(let status): return status.code
        }

        let scanner = Scanner(options: settings.options, logger: logger)
        let result = await scanner.scan(arguments.positionals)
        for diagnostic in result.diagnostics where diagnostic.level == .error || !isQuiet {
            context.report(diagnostic)
        }
        if result.scannedNoFile, result.missingPaths.isEmpty {
            context.report(Diagnostic(.error, noFilesFound(arguments.positionals)))
        }

        let status = writeReport(result, settings: settings, context: context, to: output)
        guard status == ExitCode.success else { return status }
        if !isQuiet { context.standardError.write(summaryLine(result, language: context.language)) }
        return exitCode(for: result, failOn: settings.failOn)
    }

    // MARK: - Steps

    /// Opens the `--output` file, or returns nil for standard output; prints why it cannot be
    /// written and returns exit code 2 when the path is a directory, its folder is missing or it
    /// cannot be created.
    static func openOutput(_ settings: ScanSettings, context: CommandContext) -> Result<ReportFile?, ExitStatus> {
        guard let path = settings.outputPath else { return .success(nil) }
        let example = "report." + (settings.format == .table ? "txt" : settings.format.rawValue)
        do {
            return .success(try ReportFile(path: path, workingDirectory: context.workingDirectory, example: example))
        } catch {
            context.report(Diagnostic(.error, cannotWritePrefix.appending(ReportFile.reason(for: error)), file: path))
            return .failure(ExitStatus(code: ExitCode.failure))
        }
    }

    /// Writes the report to `output` when given (opened by `openOutput`), else opens
    /// `settings.outputPath` or writes to standard output; returns the exit code so far.
    static func writeReport(
        _ result: ScanResult, settings: ScanSettings, context: CommandContext, to output: ReportFile? = nil
    ) -> Int32 {
        let toTerminal = settings.outputPath == nil && context.standardOutput.isTerminal
        let options = ReportOptions(
            language: context.language, usesColor: settings.color.usesColor(toTerminal, context),
            listsUndecided: settings.listsUndecided)

        guard let path = settings.outputPath else {
            do {
                try Reporter.write(result, format: settings.format, options: options) { context.standardOutput.write($0) }
            } catch {
                context.report(Diagnostic(.error, cannotEncode(error)))
                return ExitCode.failure
            }
            return ExitCode.success
        }

        let file: ReportFile
        if let output {
            file = output
        } else {
            switch openOutput(settings, context: context) {
            case .success(let opened?): file = opened
            case .success(nil): return ExitCode.failure
            case .failure(let status): return status.code
            }
        }
        do {
            try Reporter.write(result, format: settings.format, options: options) { try file.write($0) }
            try file.commit()
        } catch let error as EncodingError {
            file.discard()
            context.report(Diagnostic(.error, cannotEncode(error)))
            return ExitCode.failure
        } catch {
            file.discard()
            context.report(Diagnostic(.error, cannotWrite(error), file: path))
            return ExitCode.failure
        }
        return ExitCode.success
    }

    /// Returns 2 when the scan could not be done on every input (a path is missing, nothing was
    /// found, or a file was rejected), else 3 when the files were only parsed, else 1 when a
    /// scanned file is invalid or a finding reaches `failOn`, else 0.
    ///
    /// A rejected file makes the code 2 even with `--fail-on none`, because its checks never ran.
    /// An invalid file was scanned, so it counts as a problem found, as a finding does: it makes
    /// the code 1 unless `--fail-on none` asks to fail on nothing found.
    static func exitCode(for result: ScanResult, failOn: Severity?) -> Int32 {
        if !result.missingPaths.isEmpty || result.scannedNoFile || result.fileCount(.rejected) > 0 {
            return ExitCode.failure
        }
        if result.isParseOnly { return ExitCode.notChecked }
        guard let failOn else { return ExitCode.success }
        if !result.invalidFiles.isEmpty { return ExitCode.findings }
        guard let highest = result.highestSeverity, highest >= failOn else { return ExitCode.success }
        return ExitCode.findings
    }

    /// Returns the one-line summary printed on standard error.
    static func summaryLine(_ result: ScanResult, language: Language) -> String {
        var statuses: [ScannedFile.Status] = [.scanned, .skipped, .rejected]
        if result.isParseOnly { statuses[0] = .parsed }
        var counts = statuses.map { status in
            LocalizedText.count(
                result.fileCount(status), status.countWord.english, plural: status.countWord.english,
                fr: status.countWord.french)
        }
        // Invalid files are scanned files that CloudFormation would reject, so they are counted within the scanned ones.
        let invalid = result.isParseOnly ? 0 : result.invalidFiles.count
        if invalid > 0 {
            counts[0] = counts[0].appending(LocalizedText(" (", fr: " ("))
                .appending(.count(invalid, "invalid", plural: "invalid", fr: "invalide"))
                .appending(LocalizedText(")", fr: ")"))
        }
        var text = LocalizedText("rempart: ", fr: "rempart : ")
            .appending(.count(result.files.count, "file", fr: "fichier"))
            .appending(LocalizedText(": ", fr: " : "))
            .appending(joined(counts, separator: ", "))
            .appending(LocalizedText("; ", fr: " ; "))
        guard !result.isParseOnly else {
            let note = LocalizedText(
                "no rule ran and no secret was searched (--parse-only)",
                fr: "aucune règle n'a été exécutée et aucun secret n'a été cherché (--parse-only)")
            return text.appending(note)(language) + "\n"
        }
        let findings = result.findings.count - result.suppressedCount
        text = text.appending(
            joined(
                [
                    .count(findings, "finding", fr: "constat"),
                    .count(result.suppressedCount, "suppressed", plural: "suppressed", fr: "exempté"),
                    .count(result.undecidedCount, "undecided check", fr: "vérification indéterminée"),
                ], separator: ", "))
        // Secrets are mentioned only when some were found, as trivy lists a secret target only then.
        if !result.secrets.isEmpty {
            let secrets = result.secrets.count - result.suppressedSecretCount
            let suppressed = result.suppressedSecretCount
            text = text.appending(LocalizedText("; ", fr: " ; "))
                .appending(.count(secrets, "secret", fr: "secret"))
                .appending(LocalizedText(" (", fr: " ("))
                .appending(.count(suppressed, "suppressed", plural: "suppressed", fr: "exempté"))
                .appending(LocalizedText(") in ", fr: ") dans "))
                .appending(
                    .count(
                        result.secretScannedFileCount, "file searched", plural: "files searched",
                        fr: "fichier examiné"))
        }
        return text(language) + "\n"
    }

    /// Joins texts with the same separator in every language.
    private static func joined(_ texts: [LocalizedText], separator: String) -> LocalizedText {
        LocalizedText(
            texts.map(\.english).joined(separator: separator), fr: texts.map(\.french).joined(separator: separator))
    }

    // MARK: - Messages

    private static let cannotWritePrefix = LocalizedText("cannot write the report: ", fr: "impossible d'écrire le rapport : ")

    private static func cannotWrite(_ error: any Error) -> LocalizedText {
        cannotWritePrefix.appending(ReportFile.reason(for: error))
    }

    private static func cannotEncode(_ error: any Error) -> LocalizedText {
        LocalizedText("cannot encode the report: \(error)", fr: "impossible d'encoder le rapport : « \(error) »")
    }

    private static func noFilesFound(_ paths: [String]) -> LocalizedText {
        let list = paths.joined(separator: ", ")
        return LocalizedText(
            "no .json, .yaml, .yml, .template or .txt file found in \(list)",
            fr: "aucun fichier .json, .yaml, .yml, .template ou .txt trouvé dans \(list)")
    }
}
