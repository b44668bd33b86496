import RempartSupport

/// A node that cannot be written as CloudFormation JSON or YAML.
public enum TemplateWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An `.unknown` value, which only exists after evaluation and has no CloudFormation syntax.
    /// `path` is the chain of keys and indexes from the root, such as `Resources.VPC.Properties.CidrBlock`.
    case unknownValue(path: String, reason: String)

    public var description: String { message.english }

    /// The message in English and French.
    public var message: LocalizedText {
        switch self {
        case .unknownValue(let path, let reason):
            LocalizedText(
                "cannot write the unknown value at \(path) (\(reason)); write the template before evaluating it",
                fr: "impossible d'écrire la valeur inconnue à \(path) "
                    + "(\(UnknownReason.localizedDescription(ofEnglish: reason).french)) ; "
                    + "écrivez le modèle avant de l'évaluer")
        }
    }
}
