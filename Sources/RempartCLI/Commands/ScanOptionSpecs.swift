import RempartSupport

/// The options of `rempart scan`, in the order the help lists them.
enum ScanOptionSpecs {
    static let all: [OptionSpec] = [
        OptionSpec(
            "parameter", kind: .multiple(valueName: "key=value"),
            help: LocalizedText(
                "Set a template parameter; repeat for several. Overrides --parameters-file and defaults.",
                fr: "Définir un paramètre de modèle ; répéter pour en définir plusieurs. A priorité sur "
                    + "--parameters-file et les valeurs par défaut.")),
        OptionSpec(
            "parameters-file", kind: .single(valueName: "file"),
            help: LocalizedText(
                "Read parameters from a JSON file: the AWS CLI's [{\"ParameterKey\", \"ParameterValue\"}] list or a "
                    + "{\"Key\": \"Value\"} map.",
                fr: "Lire les paramètres d'un fichier JSON : la liste [{\"ParameterKey\", \"ParameterValue\"}] de "
                    + "l'interface de ligne de commande AWS ou un objet {\"Clé\": \"Valeur\"}.")),
        OptionSpec(
            "region", kind: .single(valueName: "region"),
            help: LocalizedText(
                "Region for AWS::Region and Fn::GetAZs (default: AWS_REGION, else us-east-1).",
                fr: "Région pour AWS::Region et Fn::GetAZs (par défaut : AWS_REGION, sinon us-east-1).")),
        OptionSpec(
            "scanners", kind: .multiple(valueName: "scanners"),
            help: LocalizedText(
                "What to look for, comma-separated: misconfig (rules on the templates), secret (keys, tokens and "
                    + "passwords in every text file, template parameter defaults and user data) (default: both).",
                fr: "Ce qu'il faut chercher, séparé par des virgules : misconfig (règles sur les modèles), secret "
                    + "(clés, jetons et mots de passe dans tout fichier texte, les valeurs par défaut des paramètres "
                    + "et les données utilisateur) (par défaut : les deux)."),
            allowsList: true),
        OptionSpec(
            "severity", kind: .multiple(valueName: "severities"),
            help: LocalizedText(
                "Report only these severities, comma-separated: LOW, MEDIUM, HIGH, CRITICAL (default: all).",
                fr: "Ne signaler que ces gravités, séparées par des virgules : LOW, MEDIUM, HIGH, CRITICAL "
                    + "(par défaut : toutes)."),
            allowedValues: ["LOW", "MEDIUM", "HIGH", "CRITICAL"], allowsList: true),
        OptionSpec(
            "fail-on", kind: .single(valueName: "severity"),
            help: LocalizedText(
                "Exit with 1 when a finding has this severity or a higher one: low, medium, high, critical or none "
                    + "(default: low).",
                fr: "Sortir avec le code 1 si un constat a cette gravité ou une plus élevée : low, medium, high, "
                    + "critical ou none (par défaut : low)."),
            allowedValues: ["low", "medium", "high", "critical", "none"]),
        OptionSpec(
            "format", short: "f", kind: .single(valueName: "format"),
            help: LocalizedText(
                "Report format: table, json or sarif (default: table).",
                fr: "Format du rapport : table, json ou sarif (par défaut : table)."),
            allowedValues: ["table", "json", "sarif"]),
        OptionSpec(
            "output", short: "o", kind: .single(valueName: "file"),
            help: LocalizedText(
                "Write the report to this file; - means standard output (default: -).",
                fr: "Écrire le rapport dans ce fichier ; - désigne la sortie standard (par défaut : -).")),
        CommonOptions.language,
        CommonOptions.color,
        OptionSpec(
            "ignore-file", kind: .single(valueName: "file"),
            help: LocalizedText(
                "Read suppressions from this file (default: .rempartignore in the current directory, if present).",
                fr: "Lire les exemptions de constats dans ce fichier (par défaut : .rempartignore dans le dossier courant, "
                    + "s'il existe).")),
        OptionSpec(
            "skip-rules", kind: .multiple(valueName: "ids"),
            help: LocalizedText(
                "Do not run these rules: IDs, slugs or checkov IDs, comma-separated.",
                fr: "Ne pas exécuter ces règles : identifiants, noms courts ou identifiants checkov, séparés par "
                    + "des virgules."),
            allowsList: true),
        OptionSpec(
            "include-deprecated", kind: .flag,
            help: LocalizedText(
                "Also run deprecated rules.", fr: "Exécuter aussi les règles dépréciées.")),
        CommonOptions.verbose,
        CommonOptions.quiet,
        CommonOptions.logLevel,
        OptionSpec(
            "parse-only", kind: .flag,
            help: LocalizedText(
                "Only read and parse the files, to measure the reader: no rule runs and no secret is searched, so "
                    + "the result is not a clean scan and the exit code is 3 (2 when a file is rejected).",
                fr: "Seulement lire et analyser syntaxiquement les fichiers, pour mesurer le lecteur : aucune règle ne "
                    + "s'exécute et aucun secret n'est cherché, le résultat n'est donc pas une analyse sans problème "
                    + "et le code de sortie est 3 (2 si un fichier est rejeté).")),
    ]
}
