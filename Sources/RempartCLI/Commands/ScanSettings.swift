import Foundation
import RempartReport
import RempartScanner
import RempartSupport
import RempartTemplate

/// The typed settings of one `rempart scan`, built from its parsed arguments.
struct ScanSettings {
    /// When to color the table.
    enum ColorChoice: String {
        case auto, always, never

        /// Whether to use colors, given whether the report goes to a terminal.
        func usesColor(_ toTerminal: Bool, _ context: CommandContext) -> Bool {
            switch self {
            case .always: return true
            case .never: return false
            case .auto:
                let noColor = context.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
                return toTerminal && !noColor && context.environment["TERM"] != "dumb"
            }
        }
    }

    /// An input the scan needs but cannot use: an unreadable parameters or ignore file.
    struct InputError: Error {
        var diagnostic: Diagnostic
    }

    var options: ScanOptions
    var format: Reporter.Format
    /// The report file, or nil for standard output.
    var outputPath: String?
    /// The lowest severity that makes the exit code 1, or nil for `--fail-on none`.
    var failOn: Severity?
    var color: ColorChoice
    /// Whether the table lists each undecided check: with `-v` or more.
    var listsUndecided: Bool

    /// Reads the settings from `arguments`.
    ///
    /// - Throws: `UsageError` for a malformed `--parameter`, `InputError` for unusable files.
    init(_ arguments: ParsedArguments, context: CommandContext) throws {
        let path = arguments.commandPath
        var parameters: [String: String] = [:]
        if let file = arguments.value("parameters-file") {
            do {
                parameters = try ParametersFile.load(path: Self.resolve(file, in: context))
            } catch {
                var diagnostic = error.diagnostic
                diagnostic.file = file
                diagnostic.location?.file = file
                throw InputError(diagnostic: diagnostic)
            }
        }
        for pair in arguments.allValues("parameter") {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw UsageError(
                    .invalidArgument(
                        option: "--parameter", value: pair,
                        reason: LocalizedText("expected Key=Value", fr: "format attendu : Clé=Valeur")),
                    commandPath: path)
            }
            parameters[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }

        let region = arguments.value("region") ?? context.environment["AWS_REGION"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "us-east-1"
        var options = ScanOptions(
            resolution: ResolutionOptions(parameters: parameters, region: region),
            includeDeprecated: arguments.isSet("include-deprecated"),
            skippedRules: arguments.allValues("skip-rules", splitLists: true),
            severities: Set(arguments.allValues("severity", splitLists: true).compactMap { Severity(name: $0) }),
            workingDirectory: context.workingDirectory, parseOnly: arguments.isSet("parse-only"))
        options.ignoreFile = try Self.ignoreFile(arguments.value("ignore-file"), context: context)
        if let scanners = try Self.scanners(arguments) { options.scanners = scanners }
        self.options = options

        format = Reporter.Format(rawValue: (arguments.value("format") ?? "table").lowercased()) ?? .table
        let output = arguments.value("output")
        if output?.isEmpty == true {
            throw UsageError(
                .invalidArgument(
                    option: "--output", value: "",
                    reason: LocalizedText(
                        "give a file path, or - for standard output",
                        fr: "indiquez un chemin de fichier, ou - pour la sortie standard")),
                commandPath: path)
        }
        outputPath = output == "-" ? nil : output
        let failOnName = arguments.value("fail-on") ?? "low"
        failOn = failOnName.lowercased() == "none" ? nil : Severity(name: failOnName)
        color = ColorChoice(rawValue: (arguments.value("color") ?? "auto").lowercased()) ?? .auto
        listsUndecided = arguments.count("verbose") > 0
    }

    /// Reads `--scanners`, or nil when it is absent.
    ///
    /// - Throws: `UsageError` naming the closest scanner for an unknown name or an empty list.
    private static func scanners(_ arguments: ParsedArguments) throws -> Set<ScannerKind>? {
        guard !arguments.allValues("scanners").isEmpty else { return nil }
        let names = arguments.allValues("scanners", splitLists: true)
        let known = ScannerKind.allCases.map(\.rawValue)
        var scanners: Set<ScannerKind> = []
        for name in names {
            guard let scanner = ScannerKind(rawValue: name.lowercased()) else {
                let suggestion = EditDistance.suggestion(for: name.lowercased(), among: known)
                throw UsageError(
                    .invalidArgument(option: "--scanners", value: name, reason: unknownScanner(suggestion)),
                    commandPath: arguments.commandPath)
            }
            scanners.insert(scanner)
        }
        guard !scanners.isEmpty else {
            throw UsageError(
                .invalidArgument(option: "--scanners", value: "", reason: unknownScanner(nil)),
                commandPath: arguments.commandPath)
        }
        return scanners
    }

    private static func unknownScanner(_ suggestion: String?) -> LocalizedText {
        let expected = LocalizedText("expected misconfig or secret", fr: "valeurs permises : misconfig ou secret")
        guard let suggestion else { return expected }
        return expected.appending(
            LocalizedText("; did you mean '\(suggestion)'?", fr: " ; vouliez-vous dire « \(suggestion) » ?"))
    }

    /// Loads the named ignore file, or `.rempartignore` in the working directory when it exists.
    private static func ignoreFile(_ name: String?, context: CommandContext) throws -> IgnoreFile? {
        let path = name ?? ".rempartignore"
        let fullPath = resolve(path, in: context)
        if name == nil, !FileManager.default.fileExists(atPath: fullPath) { return nil }
        if let reason = FileAccessProblem.problem(readingFile: fullPath) {
            throw InputError(diagnostic: Diagnostic(.error, cannotReadIgnoreFile(reason), file: path))
        }
        do {
            return try IgnoreFile.load(path: fullPath, displayPath: path)
        } catch {
            let reason =
                FileAccessProblem.posixCode(of: error).map { FileAccessProblem.reason(errno: $0) }
                ?? LocalizedText("the file cannot be read", fr: "le fichier est illisible")
            throw InputError(diagnostic: Diagnostic(.error, cannotReadIgnoreFile(reason), file: path))
        }
    }

    private static func cannotReadIgnoreFile(_ reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            "cannot read the ignore file: \(reason.english); check the path and the file's permissions",
            fr: "impossible de lire le fichier d'exemptions : \(reason.french) ; vérifiez le chemin et les "
                + "permissions du fichier")
    }

    /// Returns `path` made absolute against the working directory.
    static func resolve(_ path: String, in context: CommandContext) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: context.workingDirectory).appendingPathComponent(path).path
    }
}
