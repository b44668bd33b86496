/// A subcommand of `rempart`: its declaration and what it does.
///
/// To add a command (`synth`, `deploy`, `destroy`, `audit`, `report`, `diagram`, `rules`,
/// `local`), write a type conforming to `Command` in `Commands/<Name>Command.swift` and add it
/// to `Rempart.commands`; parsing, help in both languages and usage errors come from `spec`.
protocol Command: SendableMetatype {
    /// The command's name, abstract, options and arguments.
    static var spec: CommandSpec { get }

    /// Runs the command with arguments already parsed against `spec` and returns the exit code.
    static func run(_ arguments: ParsedArguments, context: CommandContext) async -> Int32
}
