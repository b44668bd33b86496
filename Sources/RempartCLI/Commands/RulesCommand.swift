import Foundation
import RempartRules
import RempartSupport

/// `rempart rules [show ID]`: lists the rules, or explains one.
enum RulesCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "rules",
            abstract: LocalizedText(
                "List the rules, or explain one with 'rules show ID'.",
                fr: "Lister les règles, ou en expliquer une avec « rules show ID »."),
            discussion: LocalizedText(
                "Without a subcommand, lists every rule: ID, checkov and other aliases, service, severity, title, "
                    + "and whether it is deprecated, compliance-only (run only by a compliance profile) or "
                    + "audit-only (run only on a live account). A plain scan runs none of those three kinds.\n"
                    + "Exit codes: 0 listed, 2 no rule named so ('rules show'), 64 invalid command line.",
                fr: "Sans sous-commande, liste toutes les règles : identifiant, alias checkov et autres, service, "
                    + "gravité, titre, et si elle est dépréciée, de conformité seulement (exécutée seulement par un "
                    + "profil de conformité) ou d'audit seulement (exécutée seulement sur un compte réel). Une "
                    + "analyse ordinaire n'exécute aucune de ces trois sortes.\n"
                    + "Codes de sortie : 0 liste affichée, 2 aucune règle de ce nom (« rules show »), 64 ligne de "
                    + "commande invalide."),
            options: [
                service, severity, listFormat, CommonOptions.language, CommonOptions.verbose, CommonOptions.quiet,
                CommonOptions.logLevel,
            ],
            subcommands: [showSpec],
            runsWithoutSubcommand: true,
            examples: [
                "rempart rules",
                "rempart rules --service s3 --severity HIGH,CRITICAL",
                "rempart rules --format json --lang fr",
                "rempart rules show CKV_AWS_24",
            ])
    }

    /// `rempart rules show ID`.
    static var showSpec: CommandSpec {
        CommandSpec(
            name: "show",
            abstract: LocalizedText(
                "Explain one rule: what it checks, why, how to fix it, and examples.",
                fr: "Expliquer une règle : ce qu'elle vérifie, pourquoi, comment corriger, et des exemples."),
            discussion: LocalizedText(
                "The rule may be named by its ID (AVD-AWS-0107), its ID without the AVD- prefix (AWS-0107), its "
                    + "slug or a checkov ID (CKV_AWS_24), in any case. Exit codes: 0 explained, 2 no rule named so, "
                    + "64 invalid command line.",
                fr: "La règle peut être désignée par son identifiant (AVD-AWS-0107), son identifiant sans le préfixe "
                    + "AVD- (AWS-0107), son nom court ou un identifiant checkov (CKV_AWS_24), sans égard à la casse. "
                    + "Codes de sortie : 0 règle expliquée, 2 aucune règle de ce nom, 64 ligne de commande "
                    + "invalide."),
            arguments: [
                ArgumentSpec(
                    "id",
                    help: LocalizedText(
                        "The rule's ID, slug or alias.", fr: "L'identifiant, le nom court ou un alias de la règle."))
            ],
            options: [
                showFormat, CommonOptions.language, CommonOptions.verbose, CommonOptions.quiet, CommonOptions.logLevel,
            ],
            examples: ["rempart rules show AVD-AWS-0107", "rempart rules show CKV_AWS_24 --lang fr"])
    }

    static let service = OptionSpec(
        "service", kind: .multiple(valueName: "services"),
        help: LocalizedText(
            "List only the rules of these AWS services, comma-separated, such as ec2,s3 (default: all).",
            fr: "Ne lister que les règles de ces services AWS, séparés par des virgules, par exemple ec2,s3 "
                + "(par défaut : tous)."),
        allowsList: true)

    static let severity = OptionSpec(
        "severity", kind: .multiple(valueName: "severities"),
        help: LocalizedText(
            "List only these severities, comma-separated: LOW, MEDIUM, HIGH, CRITICAL (default: all).",
            fr: "Ne lister que ces gravités (LOW, MEDIUM, HIGH, CRITICAL), séparées par des virgules "
                + "(par défaut : toutes)."),
        allowedValues: ["LOW", "MEDIUM", "HIGH", "CRITICAL"], allowsList: true)

    static let listFormat = OptionSpec(
        "format", short: "f", kind: .single(valueName: "format"),
        help: LocalizedText(
            "Output format: table or json (default: table).",
            fr: "Format de sortie : table ou json (par défaut : table)."),
        allowedValues: ["table", "json"])

    static let showFormat = OptionSpec(
        "format", short: "f", kind: .single(valueName: "format"),
        help: LocalizedText(
            "Output format: text or json (default: text).", fr: "Format de sortie : text ou json (par défaut : text)."),
        allowedValues: ["text", "json"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) async -> Int32 {
        if arguments.commandPath.last == "show" {
            return show(arguments, context: context)
        }
        return list(arguments, context: context)
    }

    // MARK: - Steps

    /// Lists the rules that pass the `--service` and `--severity` filters.
    static func list(_ arguments: ParsedArguments, context: CommandContext) -> Int32 {
        let all = AllRules.rules.map(\.metadata)
        let services = Set(all.map(\.service))
        let requested = Set(arguments.allValues("service", splitLists: true).map { $0.lowercased() })
        for name in requested.sorted() where !services.contains(name) {
            let suggestion = EditDistance.suggestion(for: name, among: services.sorted())
            return ScanRun.usageError(
                .invalidArgument(option: "--service", value: name, reason: unknownService(suggestion)), arguments,
                context: context)
        }
        let severities = Set(arguments.allValues("severity", splitLists: true).compactMap { Severity(name: $0) })
        let rules = all.filter { rule in
            (requested.isEmpty || requested.contains(rule.service))
                && (severities.isEmpty || severities.contains(rule.severity))
        }

        let catalog = RuleCatalog(rules: rules, language: context.language)
        if arguments.value("format")?.lowercased() == "json" {
            return write(json: { try catalog.json() }, context: context)
        }
        context.standardOutput.write(catalog.table())
        return ExitCode.success
    }

    /// Explains the rule named by the one positional argument.
    static func show(_ arguments: ParsedArguments, context: CommandContext) -> Int32 {
        // A name pasted with spaces around it still names the rule; a blank one names none.
        let name = (arguments.positionals.first ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            return ScanRun.usageError(.missingArgument("id"), arguments, context: context)
        }
        guard let rule = AllRules.rule(named: name)?.metadata else {
            context.report(Diagnostic(.error, noRule(name, suggestion: suggestion(for: name))))
            return ExitCode.failure
        }
        let explanation = RuleExplanation(rule: rule, language: context.language)
        if arguments.value("format")?.lowercased() == "json" {
            return write(json: { try explanation.json() }, context: context)
        }
        context.standardOutput.write(explanation.text())
        return ExitCode.success
    }

    /// Returns the ID of the rule whose ID, slug or alias is closest to `name`, when one is close enough.
    static func suggestion(for name: String) -> String? {
        var owners: [String: String] = [:]
        var candidates: [String] = []
        for rule in AllRules.rules.map(\.metadata) {
            for candidate in [rule.id, rule.slug] + rule.aliases where owners[candidate.uppercased()] == nil {
                owners[candidate.uppercased()] = rule.id
                candidates.append(candidate.uppercased())
            }
        }
        return EditDistance.suggestion(for: name.uppercased(), among: candidates).flatMap { owners[$0] }
    }

    private static func write(json: () throws -> String, context: CommandContext) -> Int32 {
        do {
            context.standardOutput.write(try json())
            return ExitCode.success
        } catch {
            context.report(
                Diagnostic(
                    .error,
                    LocalizedText("cannot encode the JSON: \(error)", fr: "impossible d'encoder le JSON : « \(error) »")))
            return ExitCode.failure
        }
    }

    // MARK: - Messages

    static func noRule(_ name: String, suggestion: String?) -> LocalizedText {
        let text = LocalizedText("no rule named '\(name)'", fr: "aucune règle ne s'appelle « \(name) »")
        guard let suggestion else {
            return text.appending(
                LocalizedText("; run 'rempart rules' to list them", fr: " ; « rempart rules » les liste toutes"))
        }
        return text.appending(
            LocalizedText("; did you mean '\(suggestion)'?", fr: " ; vouliez-vous dire « \(suggestion) » ?"))
    }

    static func unknownService(_ suggestion: String?) -> LocalizedText {
        let text = LocalizedText("no rule checks this service", fr: "aucune règle ne vérifie ce service")
        guard let suggestion else { return text }
        return text.appending(
            LocalizedText("; did you mean '\(suggestion)'?", fr: " ; vouliez-vous dire « \(suggestion) » ?"))
    }
}
