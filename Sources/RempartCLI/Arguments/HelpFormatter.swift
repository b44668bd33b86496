import Foundation
import RempartSupport

/// Writes the help of a command and the usage part of error messages.
public struct HelpFormatter: Sendable {
    /// The root of the command tree.
    public var root: CommandSpec
    public var language: Language
    /// The width text is wrapped to.
    public var width: Int

    private static let labelWidth = 26

    /// Creates a formatter for the tree under `root`.
    public init(root: CommandSpec, language: Language, width: Int = 80) {
        self.root = root
        self.language = language
        self.width = width
    }

    /// Returns the command at `path` (root name first), or the deepest existing one.
    public func command(at path: [String]) -> CommandSpec {
        var command = root
        for name in path.dropFirst() {
            guard let next = command.subcommand(named: name) else { break }
            command = next
        }
        return command
    }

    /// The usage line without its label: `rempart scan [<options>] <path> ...`.
    public func usage(for path: [String]) -> String {
        let command = command(at: path)
        var parts = [path.joined(separator: " ")]
        if !command.options.isEmpty || path.count == 1 { parts.append("[<\(text("options", "options"))>]") }
        if !command.subcommands.isEmpty {
            let subcommand = "<\(text("subcommand", "sous-commande"))>"
            parts.append(command.runsWithoutSubcommand ? "[\(subcommand)]" : subcommand)
        }
        for argument in command.arguments {
            var shown = "<\(ValueName.localized(argument.name, in: language))>"
            if argument.isRepeating { shown += " ..." }
            parts.append(argument.isRequired ? shown : "[\(shown)]")
        }
        return parts.joined(separator: " ")
    }

    /// The full help of the command at `path`.
    public func help(for path: [String]) -> String {
        let command = command(at: path)
        var lines: [String] = []

        lines.append(contentsOf: wrap("\(label("OVERVIEW", "APERÇU"))\(command.abstract(language))", indent: 0))
        if let discussion = command.discussion {
            lines.append("")
            for paragraph in discussion(language).components(separatedBy: "\n") {
                lines.append(contentsOf: wrap(paragraph, indent: 0))
            }
        }
        lines.append("")
        lines.append("\(label("USAGE", "UTILISATION"))\(usage(for: path))")

        if !command.arguments.isEmpty {
            lines.append("")
            lines.append(heading("ARGUMENTS", "ARGUMENTS"))
            for argument in command.arguments {
                lines.append(contentsOf: entry("<\(ValueName.localized(argument.name, in: language))>", argument.help(language)))
            }
        }

        lines.append("")
        lines.append(heading("OPTIONS", "OPTIONS"))
        for option in command.options where !option.isHidden {
            lines.append(contentsOf: entry(option.synopsis(in: language), option.help(language)))
        }
        if path.count == 1 {
            let version = LocalizedText("Show the version.", fr: "Afficher la version.")
            lines.append(contentsOf: entry("--version", version(language)))
        }
        lines.append(contentsOf: entry(CommandSpec.helpOption.displayNames, CommandSpec.helpOption.help(language)))

        if !command.subcommands.isEmpty {
            lines.append("")
            lines.append(heading("SUBCOMMANDS", "SOUS-COMMANDES"))
            for subcommand in command.subcommands {
                lines.append(contentsOf: entry(subcommand.name, subcommand.abstract(language)))
            }
            lines.append("")
            let pointer = path.joined(separator: " ")
            lines.append(
                "  " + text(
                    "See '\(pointer) help <subcommand>' for detailed help.",
                    "Voir « \(pointer) help <sous-commande> » pour l'aide détaillée."))
        }

        if !command.examples.isEmpty {
            lines.append("")
            lines.append(heading("EXAMPLES", "EXEMPLES"))
            lines.append(contentsOf: command.examples.map { "  \($0)" })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text printed for a usage error: the message, the usage line and a pointer to `--help`.
    public func errorText(for error: UsageError) -> String {
        let path = error.commandPath
        let pointer = path.joined(separator: " ") + " --help"
        return """
            \(text("error", "erreur"))\(language == .french ? " : " : ": ")\(error.message(in: language))
            \(label("Usage", "Utilisation"))\(usage(for: path))
              \(text("See '\(pointer)' for more information.", "Voir « \(pointer) » pour en savoir plus."))

            """
    }

    // MARK: - Layout

    private func entry(_ name: String, _ help: String) -> [String] {
        let indent = Self.labelWidth
        let lead = "  " + name
        let helpLines = wrap(help, indent: indent, firstIndent: 0, lineWidth: width - indent)
        if lead.count + 2 > indent {
            return [lead] + helpLines.map { String(repeating: " ", count: indent) + $0 }
        }
        guard let first = helpLines.first else { return [lead] }
        let padded = lead.padding(toLength: indent, withPad: " ", startingAt: 0)
        return [padded + first] + helpLines.dropFirst().map { String(repeating: " ", count: indent) + $0 }
    }

    private func wrap(_ paragraph: String, indent: Int, firstIndent: Int = 0, lineWidth: Int? = nil) -> [String] {
        let limit = lineWidth ?? width
        var lines: [String] = []
        var line = ""
        for word in WrapUnits.split(paragraph) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= limit {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    private func text(_ english: String, _ french: String) -> String {
        language == .french ? french : english
    }

    /// A section heading: `OPTIONS:` or `OPTIONS :`.
    private func heading(_ english: String, _ french: String) -> String {
        language == .french ? "\(french) :" : "\(english):"
    }

    /// A section label followed by its separator: `USAGE: ` or `UTILISATION : `.
    private func label(_ english: String, _ french: String) -> String {
        language == .french ? "\(french) : " : "\(english): "
    }
}
