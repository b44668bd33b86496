import Foundation
import RempartAudit
import RempartReport
import RempartScanner
import RempartSupport

/// `rempart report PATH... -o FILE`: scans templates and writes the mitigation report.
enum ReportCommand: Command {
    /// The report's file format.
    enum Format: String, CaseIterable {
        case markdown, html

        /// Infers the format from a file name: `.html` and `.htm` are HTML, anything else Markdown.
        init(path: String) {
            let name = path.lowercased()
            self = name.hasSuffix(".html") || name.hasSuffix(".htm") ? .html : .markdown
        }
    }

    static var spec: CommandSpec {
        CommandSpec(
            name: "report",
            abstract: LocalizedText(
                "Write the mitigation report of CloudFormation templates, as Markdown or HTML.",
                fr: "Écrire le rapport d'atténuation de modèles CloudFormation, en Markdown ou en HTML."),
            discussion: LocalizedText(
                "Scans the paths as 'rempart scan' does, then writes the findings by severity and by file, the "
                    + "architecture diagram and the mitigation of every failed check. The HTML page is one "
                    + "self-contained file with the diagram inline. With Markdown, the diagram is written beside "
                    + "the report as <name>-architecture.svg and linked; it is left out when the report goes to "
                    + "standard output. Suppressed findings are left out. With --audit, "
                    + "the live account of --region is read and drawn instead, with its resource IDs.\n"
                    + "Exit codes: 0 report written, 1 report written and a finding at or above --fail-on, 2 no "
                    + "template could be scanned, a template was rejected (the report covers the others) or the "
                    + "report cannot be written, 64 invalid command line.",
                fr: "Analyse les chemins comme « rempart scan », puis écrit les constats par gravité et par fichier, "
                    + "le diagramme d'architecture et la mesure d'atténuation de chaque vérification échouée. La page "
                    + "HTML est un seul fichier autonome qui contient le diagramme. En Markdown, le diagramme est "
                    + "écrit à côté du rapport sous le nom <nom>-architecture.svg et lié ; il est omis quand le rapport "
                    + "va à la sortie standard. Les constats exemptés sont omis. Avec --audit, c'est le compte réel "
                    + "de --region qui est lu et dessiné, avec ses identifiants de ressources.\n"
                    + "Codes de sortie : 0 rapport écrit, 1 rapport écrit et un constat au niveau de --fail-on ou "
                    + "au-dessus, 2 aucun modèle analysable, un modèle rejeté (le rapport couvre les autres) ou "
                    + "rapport impossible à écrire, 64 ligne de commande invalide."),
            arguments: [
                ArgumentSpec(
                    "path",
                    help: LocalizedText(
                        "Template files or directories to scan.", fr: "Fichiers de modèles ou dossiers à analyser."),
                    isRepeating: true, isRequired: false)
            ],
            options: options,
            examples: [
                "rempart report examples/lab/cloudformation -o report.html",
                "rempart report --lang fr -o rapport.md examples/lab/cloudformation",
                "rempart report --fail-on high -o - infra/ > report.md",
                "rempart report --audit --region us-east-1 -o account.html",
            ])
    }

    /// The options, in the order the help lists them; the scan's own are shared with `rempart scan`.
    static var options: [OptionSpec] {
        var options = ScanOptionSpecs.named(["parameter", "parameters-file", "region", "severity"])
        options += [failOn, format, output, noDiagram, audit, LiveAccountAudit.awsProfile, LiveAccountAudit.endpointURL]
        options += [CommonOptions.language]
        options += ScanOptionSpecs.named(["ignore-file", "skip-rules", "include-deprecated"])
        options += [CommonOptions.verbose, CommonOptions.quiet, CommonOptions.logLevel]
        return options
    }

    static let failOn = OptionSpec(
        "fail-on", kind: .single(valueName: "severity"),
        help: LocalizedText(
            "Exit with 1 when a finding has this severity or a higher one: low, medium, high, critical or none "
                + "(default: none, so a written report exits with 0).",
            fr: "Sortir avec le code 1 si un constat a cette gravité ou une plus élevée : low, medium, high, "
                + "critical ou none (par défaut : none ; un rapport écrit donne donc 0)."),
        allowedValues: ["low", "medium", "high", "critical", "none"])

    static let format = OptionSpec(
        "format", short: "f", kind: .single(valueName: "format"),
        help: LocalizedText(
            "Report format: markdown or html (default: html when the output file ends in .html or .htm, else "
                + "markdown).",
            fr: "Format du rapport : markdown ou html (par défaut : html si le fichier de sortie se termine par "
                + ".html ou .htm, sinon markdown)."),
        allowedValues: Format.allCases.map(\.rawValue))

    static let output = OptionSpec(
        "output", short: "o", kind: .single(valueName: "file"),
        help: LocalizedText(
            "Write the report to this file; - means standard output. Required.",
            fr: "Écrire le rapport dans ce fichier ; - désigne la sortie standard. Obligatoire."))

    static let noDiagram = OptionSpec(
        "no-diagram", kind: .flag,
        help: LocalizedText(
            "Leave the architecture diagram out.", fr: "Omettre le diagramme d'architecture."))

    static let audit = OptionSpec(
        "audit", kind: .flag,
        help: LocalizedText(
            "Report on the live AWS account of --region instead of templates, read as 'rempart audit' reads it.",
            fr: "Produire le rapport sur le compte AWS réel de --region plutôt que sur des modèles, lu comme le lit "
                + "« rempart audit »."))

    static func run(_ arguments: ParsedArguments, context: CommandContext) async -> Int32 {
        // 1. Check the command line: an output, and paths unless --audit.
        guard let outputName = arguments.value("output") else {
            return ScanRun.usageError(.missingOption("--output"), arguments, context: context)
        }
        if arguments.isSet("audit"), !arguments.positionals.isEmpty {
            return ScanRun.usageError(.unexpectedArgument(arguments.positionals[0]), arguments, context: context)
        }
        guard arguments.isSet("audit") || !arguments.positionals.isEmpty else {
            return ScanRun.usageError(.missingArgument("path"), arguments, context: context)
        }
        let settings: ScanSettings
        switch ScanRun.settings(arguments, context: context) {
        case .success(let value): settings = value
        case .failure(let status): return status.code
        }
        let outputPath = outputName == "-" ? nil : outputName
        let format =
            arguments.value("format").flatMap { Format(rawValue: $0.lowercased()) }
            ?? Format(path: outputPath ?? "")
        let failOnName = arguments.value("fail-on") ?? "none"
        let failOn = failOnName.lowercased() == "none" ? nil : Severity(name: failOnName)

        // 2. Open every output file before the scan, so that a path that cannot be written, or that
        //    would replace an input, stops the command before anything is written.
        var outputs: ReportOutputs?
        if let outputPath {
            let includesDiagram = format == .markdown && !arguments.isSet("no-diagram")
            let inputs = ScanRun.inputs(arguments.positionals, arguments: arguments)
            guard let opened = ReportOutputs.open(outputPath, format: format, includesDiagram: includesDiagram, inputs: inputs, context: context) else {
                return ExitCode.failure
            }
            outputs = opened
        }
        if let outputPath, arguments.value("format") == nil, !arguments.isSet("quiet"),
            !Self.knownExtensions.contains((outputPath as NSString).pathExtension.lowercased())
        {
            context.report(Diagnostic(.warning, markdownUnderOtherName, file: outputPath))
        }

        // 3. Scan, or read the account; a scan that could not read any template writes no report.
        let result: ScanResult
        var inventory: LiveInventory?
        if arguments.isSet("audit") {
            switch await LiveAccountAudit.read(arguments, options: settings.options, context: context) {
            case .success(let read):
                result = read.result
                inventory = read.inventory
            case .failure(let status):
                outputs?.discard()
                return status.code
            }
        } else {
            result = await ScanRun.scan(
                arguments.positionals, settings: settings, arguments: arguments, context: context)
            guard !ScanRun.scannedNothing(result) else {
                outputs?.discard()
                context.report(Diagnostic(.error, noReport))
                return ExitCode.failure
            }
        }

        // 4. Render and write the report, and the diagram beside a Markdown file.
        var report = MitigationReport(
            scan: result, includesDiagram: !arguments.isSet("no-diagram"), generatedAt: ScanRun.generationDate(context))
        if let inventory { report.subject = .liveAccount(accountID: inventory.accountID, region: inventory.region) }
        if report.diagram?.allNodes.isEmpty == true { report.diagram = nil }
        guard let written = write(report, format: format, to: outputs, context: context) else {
            return ExitCode.failure
        }

        let status = ScanCommand.exitCode(for: result, failOn: failOn)
        if !arguments.isSet("quiet") {
            if let inventory {
                context.standardError.write(
                    AuditCommand.summaryLine(result, inventory: inventory, language: context.language))
            } else {
                context.standardError.write(ScanCommand.summaryLine(result, language: context.language))
            }
            if !written.isEmpty { context.standardError.write(wroteLine(written)(context.language)) }
        }
        return status
    }

    // MARK: - Steps

    /// Writes the report to `outputs`, or to standard output when it is nil.
    ///
    /// - Returns: The files written (none for standard output), or nil when a write failed.
    static func write(_ report: MitigationReport, format: Format, to outputs: ReportOutputs?, context: CommandContext)
        -> [String]?
    {
        let language = context.language
        guard let outputs else {
            context.standardOutput.write(format == .html ? report.html(in: language) : report.markdown(in: language))
            return []
        }
        switch format {
        case .html:
            return outputs.writeReport(report.html(in: language), context: context) ? [outputs.reportPath] : nil
        case .markdown:
            guard let diagram = report.diagram, let diagramPath = outputs.diagramPath else {
                outputs.discardDiagram()
                return outputs.writeReport(report.markdown(in: language), context: context) ? [outputs.reportPath] : nil
            }
            let diagramName = (diagramPath as NSString).lastPathComponent
            let svg = SVGDiagramRenderer(language: language).render(diagram)
            guard outputs.writeDiagram(svg, context: context),
                outputs.writeReport(report.markdown(in: language, diagramPath: diagramName), context: context)
            else { return nil }
            return [outputs.reportPath, diagramPath]
        }
    }

    /// Returns the SVG file written beside a Markdown report: `report.md` gives `report-architecture.svg`.
    static func diagramFile(besides path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        let directory = (path as NSString).deletingLastPathComponent
        let file = "\(stem.isEmpty ? name : stem)-architecture.svg"
        return directory.isEmpty ? file : (directory as NSString).appendingPathComponent(file)
    }

    /// The extensions of report file names that give the format.
    static let knownExtensions: Set<String> = ["md", "markdown", "html", "htm"]

    // MARK: - Messages

    static let markdownUnderOtherName = LocalizedText(
        "the report is written as Markdown, whatever the file's extension; name the file .md or .html, or give "
            + "--format",
        fr: "le rapport est écrit en Markdown, quelle que soit l'extension du fichier ; nommez le fichier .md ou "
            + ".html, ou indiquez --format")

    static let noReport = LocalizedText(
        "no report written, because no template could be scanned",
        fr: "aucun rapport écrit, car aucun modèle n'a pu être analysé")

    static func wroteLine(_ files: [String]) -> LocalizedText {
        let list = files.joined(separator: ", ")
        let label = files.count == 1 ? "fichier écrit" : "fichiers écrits"
        return LocalizedText("rempart: wrote \(list)\n", fr: "rempart : \(label) : \(list)\n")
    }
}
