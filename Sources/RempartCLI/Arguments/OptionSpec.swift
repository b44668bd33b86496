import RempartSupport

/// The declaration of one option of a command: its names, whether it takes a value, and its help.
public struct OptionSpec: Sendable {
    /// How an option consumes the command line.
    public enum Kind: Sendable, Equatable {
        /// A switch such as `--include-deprecated`; it takes no value.
        case flag
        /// A switch that may repeat and is counted, such as `-v` / `-vv`.
        case counter
        /// An option with one value; when given twice, the last value wins.
        case single(valueName: String)
        /// An option with one value that may repeat; every value is kept in order.
        case multiple(valueName: String)

        /// Whether the option consumes a value.
        public var takesValue: Bool {
            switch self {
            case .flag, .counter: false
            case .single, .multiple: true
            }
        }
    }

    /// The long name without its dashes, in kebab-case: `fail-on`.
    public var name: String
    /// The one-letter short name, for the few options that have one.
    public var short: Character?
    public var kind: Kind
    /// What the option sets, in one sentence.
    public var help: LocalizedText
    /// The only accepted values, checked while parsing; nil accepts any value.
    public var allowedValues: [String]?
    /// Whether a value may be a comma-separated list of allowed values (`--severity LOW,HIGH`).
    public var allowsList: Bool
    /// Hidden options are accepted but not listed in the help.
    public var isHidden: Bool
    /// Older long names, without dashes, still accepted but not listed in the help; their values
    /// are stored under `name`.
    public var aliases: [String]

    /// Creates an option declaration.
    public init(
        _ name: String, short: Character? = nil, kind: Kind, help: LocalizedText, allowedValues: [String]? = nil,
        allowsList: Bool = false, isHidden: Bool = false, aliases: [String] = []
    ) {
        self.name = name
        self.short = short
        self.kind = kind
        self.help = help
        self.allowedValues = allowedValues
        self.allowsList = allowsList
        self.isHidden = isHidden
        self.aliases = aliases
    }

    /// The names as written on the command line: `-f, --format`.
    public var displayNames: String {
        if let short { return "-\(short), --\(name)" }
        return "--\(name)"
    }

    /// The names and value placeholder shown in the help: `-f, --format <format>`.
    public var synopsis: String { synopsis(in: .english) }

    /// The names and value placeholder in `language`: `-o, --output <fichier>` in French.
    public func synopsis(in language: Language) -> String {
        switch kind {
        case .flag, .counter: displayNames
        case .single(let valueName), .multiple(let valueName):
            "\(displayNames) <\(ValueName.localized(valueName, in: language))>"
        }
    }
}

/// The declaration of a positional argument.
public struct ArgumentSpec: Sendable {
    /// The placeholder shown in usage lines: `path`.
    public var name: String
    public var help: LocalizedText
    /// Whether the argument may be given several times.
    public var isRepeating: Bool
    /// Whether at least one value is required.
    public var isRequired: Bool

    /// Creates a positional argument declaration.
    public init(_ name: String, help: LocalizedText, isRepeating: Bool = false, isRequired: Bool = true) {
        self.name = name
        self.help = help
        self.isRepeating = isRepeating
        self.isRequired = isRequired
    }
}
