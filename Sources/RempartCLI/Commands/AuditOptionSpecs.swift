import RempartSupport

/// The options of `rempart audit`, in the order the help lists them.
enum AuditOptionSpecs {
    static let all: [OptionSpec] = [
        OptionSpec(
            "region", kind: .single(valueName: "region"),
            help: LocalizedText(
                "Region to audit (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region).",
                fr: "Région à auditer (par défaut : AWS_REGION, AWS_DEFAULT_REGION, puis la région du profil).")),
        DeployOptionSpecs.awsProfile,
        OptionSpec(
            "endpoint-url", kind: .single(valueName: "url"),
            help: LocalizedText(
                "Send every call to this endpoint, such as the local emulator's http://127.0.0.1:PORT "
                    + "(default: AWS_ENDPOINT_URL, else AWS).",
                fr: "Envoyer chaque appel à ce point de terminaison, par exemple http://127.0.0.1:PORT pour "
                    + "l'émulateur local (par défaut : AWS_ENDPOINT_URL, sinon AWS).")),
        OptionSpec(
            "template", kind: .multiple(valueName: "path"),
            help: LocalizedText(
                "Compare the account with these templates (files or directories) and report drift; repeat for several.",
                fr: "Comparer le compte avec ces modèles (fichiers ou dossiers) et signaler la dérive ; répéter pour "
                    + "en donner plusieurs.")),
        OptionSpec(
            "parameter", kind: .multiple(valueName: "key=value"),
            help: LocalizedText(
                "Set a parameter of the --template files; repeat for several.",
                fr: "Définir un paramètre des modèles de --template ; répéter pour en définir plusieurs.")),
        OptionSpec(
            "concurrency", kind: .single(valueName: "count"),
            help: LocalizedText(
                "Maximum number of AWS calls in flight (default: 8).",
                fr: "Nombre maximal d'appels AWS simultanés (par défaut : 8).")),
    ]
        + ScanOptionSpecs.all.filter { ["severity", "fail-on", "format", "output", "lang", "color", "ignore-file",
            "skip-rules", "verbose", "quiet", "log-level"].contains($0.name) }
}
