import Foundation
import RempartScanner
import RempartSupport

/// Runs a scan the way `rempart scan` does, for commands that render its result differently
/// (`report`, `diagram`): the same settings, diagnostics and exit codes.
enum ScanRun {
    /// Reads the scan settings from `arguments`, printing the error and returning the exit code when
    /// they are invalid: 64 for a malformed option, 2 for an unusable parameters or ignore file.
    static func settings(_ arguments: ParsedArguments, context: CommandContext) -> Result<ScanSettings, ExitStatus> {
        do {
            return .success(try ScanSettings(arguments, context: context))
        } catch let error as UsageError {
            let help = HelpFormatter(root: Rempart.rootSpec, language: context.language)
            context.standardError.write(help.errorText(for: error))
            return .failure(ExitStatus(code: ExitCode.usage))
        } catch let error as ScanSettings.InputError {
            context.report(error.diagnostic)
            return .failure(ExitStatus(code: ExitCode.failure))
        } catch {
            context.report(Diagnostic(.error, UnexpectedError.message(error)))
            return .failure(ExitStatus(code: ExitCode.failure))
        }
    }

    /// Returns the paths a scan of `paths` reads besides them: the parameters file and the ignore file.
    static func inputs(_ paths: [String], arguments: ParsedArguments) -> [String] {
        var inputs = paths + arguments.allValues("parameters-file")
        inputs.append(arguments.value("ignore-file") ?? ".rempartignore")
        return inputs
    }

    /// Prints an error and returns true when one of `outputs` would replace one of `inputs`.
    static func outputsReplaceInputs(_ outputs: [String], inputs: [String], context: CommandContext) -> Bool {
        outputs.contains { InputOverwriteCheck.rejects($0, inputs: inputs, context: context) }
    }

    /// Scans `paths` and prints the scan's diagnostics: errors always, warnings unless `-q`.
    static func scan(
        _ paths: [String], settings: ScanSettings, arguments: ParsedArguments, context: CommandContext
    ) async -> ScanResult {
        // The mitigation report and the diagram show misconfigurations only, so secrets, which
        // would still count toward the exit code, are not searched.
        var options = settings.options
        options.scanners = [.misconfig]
        let scanner = Scanner(options: options, logger: CommonOptions.logger(for: arguments))
        let result = await scanner.scan(paths)
        let isQuiet = arguments.isSet("quiet")
        for diagnostic in result.diagnostics where diagnostic.level == .error || !isQuiet {
            context.report(diagnostic)
        }
        return result
    }

    /// Returns whether the scan leaves nothing to report or draw: a path is missing, or no file
    /// was scanned. A rejected file among scanned ones still lets the others be reported, and
    /// the exit code is then 2.
    static func scannedNothing(_ result: ScanResult) -> Bool {
        !result.missingPaths.isEmpty || result.scannedNoFile || result.fileCount(.scanned) == 0 || result.state == nil
    }

    /// Prints a usage error for the command at `arguments.commandPath` and returns 64.
    static func usageError(_ kind: UsageError.Kind, _ arguments: ParsedArguments, context: CommandContext) -> Int32 {
        let help = HelpFormatter(root: Rempart.rootSpec, language: context.language)
        context.standardError.write(help.errorText(for: UsageError(kind, commandPath: arguments.commandPath)))
        return ExitCode.usage
    }

    /// Opens `path` (relative to the working directory) for writing through `ReportFile`: a regular
    /// file is replaced atomically on commit, a link or device is written in place.
    ///
    /// - Parameter example: A file name that fits the output, suggested when `path` is a directory.
    /// - Returns: The open file, or nil after printing why it cannot be written.
    static func open(_ path: String, example: String, context: CommandContext) -> ReportFile? {
        do {
            return try ReportFile(path: path, workingDirectory: context.workingDirectory, example: example)
        } catch {
            context.report(Diagnostic(.error, writePrefix.appending(systemReason(error)), file: path))
            return nil
        }
    }

    /// Writes `text` to `file`, opened by `open`, and commits it.
    ///
    /// - Returns: Whether the file was written; on failure the error is printed and the file discarded.
    static func write(_ text: String, to file: ReportFile, path: String, context: CommandContext) -> Bool {
        do {
            try file.write(Data(text.utf8))
            try file.commit()
            return true
        } catch {
            file.discard()
            context.report(Diagnostic(.error, writePrefix.appending(systemReason(error)), file: path))
            return false
        }
    }

    private static let writePrefix = LocalizedText("cannot write the file: ", fr: "impossible d'écrire le fichier : ")

    /// The explanation of a failed write in the user's language.
    private static func systemReason(_ error: any Error) -> LocalizedText {
        ReportFile.reason(for: error)
    }

    /// Returns the date printed in the report: `SOURCE_DATE_EPOCH` (seconds since 1970, the
    /// reproducible-builds convention) when set, else now.
    static func generationDate(_ context: CommandContext) -> Date {
        if let text = context.environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) {
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return Date()
    }
}
