import Foundation
import RempartSupport

/// The command-line entry point: parses arguments and runs a command.
public enum Rempart {
    /// The subcommands, in the order the help lists them.
    static let commands: [any Command.Type] = [
        ScanCommand.self,
        SynthCommand.self,
        DeployCommand.self,
        DestroyCommand.self,
        AuditCommand.self,
        ReportCommand.self,
        DiagramCommand.self,
        RulesCommand.self,
        LocalCommand.self,
    ]

    /// The root of the command tree.
    public static var rootSpec: CommandSpec {
        CommandSpec(
            name: "rempart",
            abstract: LocalizedText(
                "Secure infrastructure as code for AWS: write CloudFormation templates from Swift and scan "
                    + "templates for misconfigurations.",
                fr: "Infrastructure sécurisée en tant que code pour AWS : écrire des modèles CloudFormation à "
                    + "partir de Swift et analyser des modèles à la recherche de mauvaises configurations."),
            options: [CommonOptions.language],
            subcommands: commands.map { $0.spec },
            examples: ["rempart scan examples/lab/cloudformation", "rempart scan --help"])
    }

    /// Runs the command line of the process and returns its exit code.
    public static func main(arguments: [String]) async -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let language = preferredLanguage(arguments, environment: environment)
        let context = CommandContext(
            environment: environment, workingDirectory: FileManager.default.currentDirectoryPath, language: language,
            standardOutput: FileDescriptorOutput.standardOutput, standardError: FileDescriptorOutput.standardError)
        return await main(arguments: arguments, context: context)
    }

    /// Runs `arguments` (without the program name) in `context` and returns the exit code.
    public static func main(arguments: [String], context: CommandContext) async -> Int32 {
        let root = rootSpec
        let help = HelpFormatter(root: root, language: context.language)
        let outcome: ArgumentParser.Outcome
        do {
            outcome = try ArgumentParser(root: root).parse(arguments)
        } catch {
            context.standardError.write(help.errorText(for: error))
            return ExitCode.usage
        }

        switch outcome {
        case .help(let path):
            context.standardOutput.write(help.help(for: path))
            return ExitCode.success
        case .version:
            context.standardOutput.write("rempart \(RempartVersion.current)\n")
            return ExitCode.success
        case .run(let parsed):
            guard parsed.commandPath.count > 1,
                let command = commands.first(where: { $0.spec.name == parsed.commandPath[1] })
            else {
                context.standardError.write(help.errorText(for: UsageError(.missingSubcommand, commandPath: parsed.commandPath)))
                return ExitCode.usage
            }
            return await command.run(parsed, context: context)
        }
    }

    /// The language for messages printed before and during parsing: `--lang`, else the locale.
    static func preferredLanguage(_ arguments: [String], environment: [String: String]) -> Language {
        var explicit: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.count { explicit = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { explicit = String(argument.dropFirst("--lang=".count)) }
        }
        return Language.resolve(explicit: explicit, environment: environment)
            ?? Language.resolve(explicit: nil, environment: environment) ?? .english
    }
}
