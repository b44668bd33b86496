import RempartSupport

/// Parses a command line against a tree of `CommandSpec`s.
///
/// Accepted forms: long options `--name value` and `--name=value`, short options `-f value`,
/// `-fvalue` and clusters of flags (`-vv`, `-vq`), `--` to end the options, and a subcommand
/// name as the first positional of a command that has subcommands. `-h`/`--help` is
/// accepted by every command; `--version` by the root.
public struct ArgumentParser: Sendable {
    /// What the command line asks for.
    public enum Outcome: Sendable, Equatable {
        /// Run the command at `commandPath` with these arguments.
        case run(ParsedArguments)
        /// Print the help of the command at this path.
        case help(commandPath: [String])
        /// Print the version.
        case version
    }

    /// The root command, named after the program.
    public var root: CommandSpec

    /// Creates a parser for the command tree under `root`.
    public init(root: CommandSpec) {
        self.root = root
    }

    /// Parses `arguments` (without the program name).
    ///
    /// - Throws: `UsageError` for unknown options or commands, missing or invalid values,
    ///   and missing or extra positional arguments.
    public func parse(_ arguments: [String]) throws(UsageError) -> Outcome {
        var command = root
        var parsed = ParsedArguments(commandPath: [root.name])
        var index = 0
        var optionsEnded = false

        while index < arguments.count {
            let token = arguments[index]
            index += 1

            if optionsEnded || token == "-" || !token.hasPrefix("-") {
                // A positional: the name of a subcommand, `help <command>`, or an argument.
                if !optionsEnded, !command.subcommands.isEmpty, parsed.positionals.isEmpty {
                    if token == "help" {
                        return .help(commandPath: try helpPath(for: Array(arguments[index...]), from: command, parsed))
                    }
                    guard let subcommand = command.subcommand(named: token) else {
                        let suggestion = EditDistance.suggestion(for: token, among: command.subcommands.map(\.name))
                        throw UsageError(.unknownCommand(token, suggestion: suggestion), commandPath: parsed.commandPath)
                    }
                    command = subcommand
                    parsed.commandPath.append(subcommand.name)
                    continue
                }
                parsed.positionals.append(token)
                continue
            }
            if token == "--" {
                optionsEnded = true
                continue
            }

            if token.hasPrefix("--") {
                let outcome = try parseLong(token, arguments, &index, command, &parsed)
                if let outcome { return outcome }
            } else {
                let outcome = try parseShortCluster(token, arguments, &index, command, &parsed)
                if let outcome { return outcome }
            }
        }

        try checkPositionals(of: command, parsed)
        return .run(parsed)
    }

    // MARK: - Options

    private func parseLong(
        _ token: String, _ arguments: [String], _ index: inout Int, _ command: CommandSpec,
        _ parsed: inout ParsedArguments
    ) throws(UsageError) -> Outcome? {
        let body = token.dropFirst(2)
        let name: String
        var inlineValue: String?
        if let equals = body.firstIndex(of: "=") {
            name = String(body[..<equals])
            inlineValue = String(body[body.index(after: equals)...])
        } else {
            name = String(body)
        }

        if name == "help" { return .help(commandPath: parsed.commandPath) }
        // `--version` works after any command, as swift-argument-parser accepts it.
        if name == "version", command.option(named: name) == nil { return .version }
        guard let option = command.option(named: name) else {
            let candidates = visibleOptionNames(of: command)
            let suggestion = EditDistance.suggestion(for: "--\(name)", among: candidates)
            throw UsageError(.unknownOption("--\(name)", suggestion: suggestion), commandPath: parsed.commandPath)
        }

        if !option.kind.takesValue {
            guard inlineValue == nil else {
                throw UsageError(.unexpectedValue(option: "--\(name)"), commandPath: parsed.commandPath)
            }
            parsed.counts[option.name, default: 0] += 1
            return nil
        }
        let value: String
        if let inlineValue {
            value = inlineValue
        } else {
            value = try nextValue(for: "--\(name)", arguments, &index, parsed.commandPath)
        }
        try store(value, for: option, spelled: "--\(name)", in: &parsed)
        return nil
    }

    private func parseShortCluster(
        _ token: String, _ arguments: [String], _ index: inout Int, _ command: CommandSpec,
        _ parsed: inout ParsedArguments
    ) throws(UsageError) -> Outcome? {
        var letters = Substring(token.dropFirst())
        while let letter = letters.first {
            letters = letters.dropFirst()
            if letter == "h" { return .help(commandPath: parsed.commandPath) }
            guard let option = command.option(short: letter) else {
                throw UsageError(.unknownOption("-\(letter)", suggestion: nil), commandPath: parsed.commandPath)
            }
            guard option.kind.takesValue else {
                parsed.counts[option.name, default: 0] += 1
                continue
            }

            // A value-taking short option ends the cluster: `-fjson` or `-f json`.
            let value = letters.isEmpty
                ? try nextValue(for: "-\(letter)", arguments, &index, parsed.commandPath) : String(letters)
            try store(value, for: option, spelled: "-\(letter)", in: &parsed)
            return nil
        }
        return nil
    }

    private func nextValue(
        for spelling: String, _ arguments: [String], _ index: inout Int, _ commandPath: [String]
    ) throws(UsageError) -> String {
        // `-o -` is a value, but `--format --output` is a forgotten value.
        guard index < arguments.count, !arguments[index].hasPrefix("--") else {
            throw UsageError(.missingValue(option: spelling), commandPath: commandPath)
        }
        defer { index += 1 }
        return arguments[index]
    }

    private func store(
        _ value: String, for option: OptionSpec, spelled spelling: String, in parsed: inout ParsedArguments
    ) throws(UsageError) {
        if let allowed = option.allowedValues {
            let items = option.allowsList ? value.split(separator: ",").map(String.init) : [value]
            let lowered = Set(allowed.map { $0.lowercased() })
            for item in items where !lowered.contains(item.lowercased()) {
                throw UsageError(
                    .invalidValue(option: spelling, value: item, allowed: allowed), commandPath: parsed.commandPath)
            }
            if items.isEmpty {
                throw UsageError(.invalidValue(option: spelling, value: value, allowed: allowed), commandPath: parsed.commandPath)
            }
        }
        parsed.values[option.name, default: []].append(value)
    }

    private func visibleOptionNames(of command: CommandSpec) -> [String] {
        var names = command.options.filter { !$0.isHidden }.map { "--\($0.name)" } + ["--help"]
        names.append("--version")
        return names
    }

    // MARK: - Positionals

    private func checkPositionals(of command: CommandSpec, _ parsed: ParsedArguments) throws(UsageError) {
        let required = command.arguments.filter(\.isRequired)
        if parsed.positionals.count < required.count {
            // `--parameter template.yaml` takes the path as the option's value: name that mistake
            // rather than the missing path it causes.
            for option in command.options {
                guard case .multiple(let valueName) = option.kind, valueName.contains("=") else { continue }
                if let value = parsed.allValues(option.name).first(where: { !$0.contains("=") }) {
                    throw UsageError(
                        .invalidArgument(
                            option: "--\(option.name)", value: value,
                            reason: LocalizedText("expected Key=Value", fr: "format attendu : Clé=Valeur")),
                        commandPath: parsed.commandPath)
                }
            }
            let missing = required[parsed.positionals.count]
            throw UsageError(.missingArgument(missing.name), commandPath: parsed.commandPath)
        }
        let acceptsMany = command.arguments.last?.isRepeating ?? false
        if !acceptsMany, parsed.positionals.count > command.arguments.count {
            throw UsageError(
                .unexpectedArgument(parsed.positionals[command.arguments.count]), commandPath: parsed.commandPath)
        }
    }

    private func helpPath(
        for names: [String], from command: CommandSpec, _ parsed: ParsedArguments
    ) throws(UsageError) -> [String] {
        var command = command
        var path = parsed.commandPath
        var skipsValue = false
        for name in names {
            // Options are ignored, and so is the value that follows one (`help --lang fr scan`).
            if skipsValue {
                skipsValue = false
                continue
            }
            if name.hasPrefix("-") {
                skipsValue = Self.takesSeparateValue(name, in: command)
                continue
            }
            guard let subcommand = command.subcommand(named: name) else {
                let suggestion = EditDistance.suggestion(for: name, among: command.subcommands.map(\.name))
                throw UsageError(.unknownCommand(name, suggestion: suggestion), commandPath: path)
            }
            command = subcommand
            path.append(name)
        }
        return path
    }

    /// Returns whether `token` is an option of `command` whose value is the next argument:
    /// `--lang` or `-f`, but not `--lang=fr`, a flag or an unknown option.
    private static func takesSeparateValue(_ token: String, in command: CommandSpec) -> Bool {
        let option: OptionSpec?
        if token.hasPrefix("--") {
            guard !token.contains("=") else { return false }
            option = command.option(named: String(token.dropFirst(2)))
        } else if token.count == 2, let letter = token.last {
            option = command.option(short: letter)
        } else {
            option = nil
        }
        return option?.kind.takesValue ?? false
    }
}
