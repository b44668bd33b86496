import RempartSupport

/// A command line that cannot be run as written; the program exits with 64 (`EX_USAGE`).
public struct UsageError: Error, Sendable, Equatable {
    /// What is wrong with the command line.
    public enum Kind: Sendable, Equatable {
        case unknownOption(String, suggestion: String?)
        case unknownCommand(String, suggestion: String?)
        case missingValue(option: String)
        /// A required option that is absent from the command line.
        case missingOption(String)
        case unexpectedValue(option: String)
        case invalidValue(option: String, value: String, allowed: [String])
        case unexpectedArgument(String)
        case missingArgument(String)
        case missingSubcommand
        /// A value that the command itself rejected, with its own explanation.
        case invalidArgument(option: String, value: String, reason: LocalizedText)
    }

    public var kind: Kind
    /// The path of the command whose usage applies: `["rempart", "scan"]`.
    public var commandPath: [String]

    /// Creates a usage error for the command at `commandPath`.
    public init(_ kind: Kind, commandPath: [String]) {
        self.kind = kind
        self.commandPath = commandPath
    }

    /// The one-line message, without the `error:` prefix.
    public func message(in language: Language) -> String {
        let text: LocalizedText
        switch kind {
        case .unknownOption(let name, let suggestion):
            text = LocalizedText("unknown option '\(name)'", fr: "option inconnue « \(name) »")
                .appending(suggestionText(suggestion))
        case .unknownCommand(let name, let suggestion):
            text = LocalizedText("unknown command '\(name)'", fr: "commande inconnue « \(name) »")
                .appending(suggestionText(suggestion))
        case .missingValue(let option):
            text = LocalizedText(
                "missing value for '\(option)'", fr: "valeur manquante pour « \(option) »")
        case .missingOption(let option):
            text = LocalizedText(
                "missing required option '\(option)'", fr: "option obligatoire manquante « \(option) »")
        case .unexpectedValue(let option):
            text = LocalizedText(
                "option '\(option)' takes no value", fr: "l'option « \(option) » ne prend pas de valeur")
        case .invalidValue(let option, let value, let allowed):
            let list = allowed.joined(separator: ", ")
            text = LocalizedText(
                "invalid value '\(value)' for '\(option)': expected one of \(list)",
                fr: "valeur « \(value) » invalide pour « \(option) » : valeurs permises : \(list)")
        case .unexpectedArgument(let argument):
            text = LocalizedText(
                "unexpected argument '\(argument)'", fr: "argument inattendu « \(argument) »")
        case .missingArgument(let name):
            text = LocalizedText(
                "missing expected argument '<\(name)>'", fr: "argument obligatoire manquant : <\(ValueName.localized(name, in: .french))>")
        case .missingSubcommand:
            text = LocalizedText("missing subcommand", fr: "sous-commande manquante")
        case .invalidArgument(let option, let value, let reason):
            text = LocalizedText(
                "invalid value '\(value)' for '\(option)': \(reason.english)",
                fr: "valeur « \(value) » invalide pour « \(option) » : \(reason.french)")
        }
        return text(language)
    }

    private func suggestionText(_ suggestion: String?) -> LocalizedText {
        guard let suggestion else { return LocalizedText("", fr: "") }
        return LocalizedText("; did you mean '\(suggestion)'?", fr: " ; vouliez-vous dire « \(suggestion) » ?")
    }
}

extension LocalizedText {
    /// Returns this text followed by `other`, language by language.
    func appending(_ other: LocalizedText) -> LocalizedText {
        LocalizedText(english + other.english, fr: french + other.french)
    }
}
