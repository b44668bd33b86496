import RempartSupport

/// The declaration of a command: name, abstract, options, arguments and subcommands.
///
/// The parser and the help formatter read only this description, so adding a command means
/// writing one `CommandSpec` and one `run` function, nothing else.
public struct CommandSpec: Sendable {
    /// The name typed on the command line (`scan`), or the program name for the root.
    public var name: String
    /// One sentence saying what the command does.
    public var abstract: LocalizedText
    /// Further explanation shown in the help, after the usage line.
    public var discussion: LocalizedText?
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    public var subcommands: [CommandSpec]
    /// Whether the command also runs without a subcommand, as `rempart rules` lists the rules.
    public var runsWithoutSubcommand: Bool
    /// Example invocations shown at the end of the help.
    public var examples: [String]

    /// Creates a command declaration; `--help` is added by the parser, not listed here.
    public init(
        name: String, abstract: LocalizedText, discussion: LocalizedText? = nil, arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [], subcommands: [CommandSpec] = [], runsWithoutSubcommand: Bool = false,
        examples: [String] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.subcommands = subcommands
        self.runsWithoutSubcommand = runsWithoutSubcommand
        self.examples = examples
    }

    /// The option spelled `--name`, or with one of its aliases, if the command declares it.
    public func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name } ?? options.first { $0.aliases.contains(name) }
    }

    /// The option spelled `-c`, if the command declares it.
    public func option(short: Character) -> OptionSpec? {
        options.first { $0.short == short }
    }

    /// The subcommand called `name`, if any.
    public func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }

    /// The option every command accepts, listed last in the help.
    static let helpOption = OptionSpec(
        "help", short: "h", kind: .flag,
        help: LocalizedText("Show help information.", fr: "Afficher l'aide."))
}
