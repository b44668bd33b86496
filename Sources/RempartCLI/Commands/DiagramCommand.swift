import Foundation
import RempartReport
import RempartScanner
import RempartSupport

/// `rempart diagram PATH... [-o FILE.svg]`: draws the architecture of templates as SVG.
enum DiagramCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "diagram",
            abstract: LocalizedText(
                "Draw the architecture of CloudFormation templates as an SVG diagram.",
                fr: "Dessiner l'architecture de modèles CloudFormation sous forme de diagramme SVG."),
            discussion: LocalizedText(
                "Scans the paths as 'rempart scan' does and draws the VPCs, subnets, gateways, instances, "
                    + "security groups, buckets, trails and flow logs, with a badge counting each resource's "
                    + "findings. The same templates always give the same SVG, byte for byte.\n"
                    + "Exit codes: 0 diagram written, 2 no template could be scanned, a template was rejected (the "
                    + "others are drawn) or the file cannot be written, 64 invalid command line.",
                fr: "Analyse les chemins comme « rempart scan » et dessine les VPC, sous-réseaux, passerelles, "
                    + "instances, groupes de sécurité, compartiments, journaux de suivi et journaux de flux, avec "
                    + "une pastille qui compte les constats de chaque ressource. Les mêmes modèles donnent toujours "
                    + "le même SVG, octet pour octet.\n"
                    + "Codes de sortie : 0 diagramme écrit, 2 aucun modèle analysable, un modèle rejeté (les autres "
                    + "sont dessinés) ou fichier impossible à écrire, 64 ligne de commande invalide."),
            arguments: [
                ArgumentSpec(
                    "path",
                    help: LocalizedText(
                        "Template files or directories to draw.", fr: "Fichiers de modèles ou dossiers à dessiner."),
                    isRepeating: true, isRequired: false)
            ],
            options: ScanOptionSpecs.named(["parameter", "parameters-file", "region"]) + [
                output, audit, LiveAccountAudit.awsProfile, LiveAccountAudit.endpointURL, CommonOptions.language,
            ] + ScanOptionSpecs.named(["ignore-file"]) + [
                CommonOptions.verbose, CommonOptions.quiet, CommonOptions.logLevel,
            ],
            examples: [
                "rempart diagram examples/lab/cloudformation -o architecture.svg",
                "rempart diagram --lang fr -o architecture.svg vpc.yaml ec2.json s3.json",
                "rempart diagram --audit --region us-east-1 -o account.svg",
            ])
    }

    static let output = OptionSpec(
        "output", short: "o", kind: .single(valueName: "file"),
        help: LocalizedText(
            "Write the SVG to this file; - means standard output (default: -).",
            fr: "Écrire le SVG dans ce fichier ; - désigne la sortie standard (par défaut : -)."))

    static let audit = OptionSpec(
        "audit", kind: .flag,
        help: LocalizedText(
            "Draw the live AWS account of --region instead of templates, read as 'rempart audit' reads it.",
            fr: "Dessiner le compte AWS réel de --region plutôt que des modèles, lu comme le lit « rempart audit »."))

    static func run(_ arguments: ParsedArguments, context: CommandContext) async -> Int32 {
        let settings: ScanSettings
        switch ScanRun.settings(arguments, context: context) {
        case .success(let value): settings = value
        case .failure(let status): return status.code
        }

        if arguments.isSet("audit"), !arguments.positionals.isEmpty {
            return ScanRun.usageError(.unexpectedArgument(arguments.positionals[0]), arguments, context: context)
        }
        guard arguments.isSet("audit") || !arguments.positionals.isEmpty else {
            return ScanRun.usageError(.missingArgument("path"), arguments, context: context)
        }

        // 1. Open the output file first, so a path that cannot be written, or that would replace an
        //    input, stops the command before the scan.
        var output: ReportFile?
        if let path = settings.outputPath {
            let inputs = ScanRun.inputs(arguments.positionals, arguments: arguments)
            guard !ScanRun.outputsReplaceInputs([path], inputs: inputs, context: context),
                let file = ScanRun.open(path, example: "architecture.svg", context: context)
            else { return ExitCode.failure }
            output = file
        }

        // 2. Scan, or read the account, so the badges count the findings; nothing to draw when
        //    no template was read.
        let result: ScanResult
        if arguments.isSet("audit") {
            switch await LiveAccountAudit.read(arguments, options: settings.options, context: context) {
            case .success(let read): result = read.result
            case .failure(let status):
                output?.discard()
                return status.code
            }
        } else {
            result = await ScanRun.scan(
                arguments.positionals, settings: settings, arguments: arguments, context: context)
        }
        guard arguments.isSet("audit") || !ScanRun.scannedNothing(result), let state = result.state else {
            output?.discard()
            context.report(Diagnostic(.error, noDiagram))
            return ExitCode.failure
        }
        let report = MitigationReport(scan: result)
        let graph = report.diagram ?? ArchitectureGraph(state: state, results: [], rules: result.rules)
        if graph.allNodes.isEmpty, !arguments.isSet("quiet") {
            context.report(Diagnostic(.warning, emptyDiagram))
        }

        // 3. Write the SVG; a rejected template, left out of the drawing, makes the exit code 2.
        let svg = SVGDiagramRenderer(language: context.language).render(graph)
        let status = result.fileCount(.rejected) > 0 ? ExitCode.failure : ExitCode.success
        guard let path = settings.outputPath, let output else {
            context.standardOutput.write(svg)
            return status
        }
        guard ScanRun.write(svg, to: output, path: path, context: context) else { return ExitCode.failure }
        if !arguments.isSet("quiet") { context.standardError.write(ReportCommand.wroteLine([path])(context.language)) }
        return status
    }

    // MARK: - Messages

    static let noDiagram = LocalizedText(
        "no diagram written, because no template could be scanned",
        fr: "aucun diagramme écrit, car aucun modèle n'a pu être analysé")

    static let emptyDiagram = LocalizedText(
        "the templates declare no resource the diagram draws (VPC, subnet, instance, bucket, trail)",
        fr: "les modèles ne déclarent aucune ressource que le diagramme dessine (VPC, sous-réseau, instance, "
            + "compartiment, journal de suivi)")
}
