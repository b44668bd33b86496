import RempartSupport

/// Options shared by several commands, declared once so their names and help stay identical.
enum CommonOptions {
    static let language = OptionSpec(
        "lang", kind: .single(valueName: "language"),
        help: LocalizedText(
            "Language of messages and reports: en or fr (default: from LC_ALL, LC_MESSAGES or LANG, else en).",
            fr: "Langue des messages et des rapports : en ou fr (par défaut : selon LC_ALL, LC_MESSAGES ou LANG, "
                + "sinon en)."),
        allowedValues: ["en", "fr"])

    static let color = OptionSpec(
        "color", kind: .single(valueName: "when"),
        help: LocalizedText(
            "Use colors: auto, always or never (default: auto, meaning when writing to a terminal and NO_COLOR is unset).",
            fr: "Utiliser des couleurs : auto, always ou never (par défaut : auto, c'est-à-dire vers un terminal "
                + "et si NO_COLOR n'est pas défini)."),
        allowedValues: ["auto", "always", "never"])

    static let verbose = OptionSpec(
        "verbose", short: "v", kind: .counter,
        help: LocalizedText(
            "Log more on standard error: -v for info, -vv for debug.",
            fr: "Journaliser davantage sur la sortie d'erreur : -v pour info, -vv pour debug."))

    static let quiet = OptionSpec(
        "quiet", short: "q", kind: .flag,
        help: LocalizedText(
            "Print only errors and the report: no warnings and no summary line.",
            fr: "N'afficher que les erreurs et le rapport : ni avertissements ni ligne de sommaire."))

    static let logLevel = OptionSpec(
        "log-level", kind: .single(valueName: "level"),
        help: LocalizedText(
            "Log level: trace, debug, info, notice, warning or error (default: warning).",
            fr: "Niveau de journalisation : trace, debug, info, notice, warning ou error (par défaut : warning)."),
        allowedValues: Logger.Level.allCases.map { "\($0)" })

    /// The logger selected by `-v`, `-vv`, `--log-level` and `-q`.
    static func logger(for arguments: ParsedArguments) -> Logger {
        var level: Logger.Level = .warning
        switch arguments.count("verbose") {
        case 0: break
        case 1: level = .info
        default: level = .debug
        }
        if arguments.isSet("quiet") { level = .error }
        if let name = arguments.value("log-level"), let explicit = Logger.Level(name: name) { level = explicit }
        return Logger(level: level)
    }
}
