import RempartSupport
import RempartTemplate

/// A failure to synthesize templates. Every case means Rempart could not do its job, so
/// the command exits with status 2.
public enum SynthesisError: Error, Sendable, CustomStringConvertible {
    /// The output path exists and is not a directory.
    case notADirectory(path: String)
    /// The output directory did not exist and could not be created.
    case directoryNotCreated(path: String, reason: LocalizedText)
    /// The output directory exists but cannot be written.
    case directoryNotWritable(path: String)
    /// A template file could not be written.
    case writeFailed(path: String, reason: LocalizedText)
    /// The architecture has a dependency cycle, a duplicate logical ID or a missing export.
    case invalidArchitecture(InfraError)
    /// A construct rendered a value that has no CloudFormation syntax.
    case unwritableValue(file: String, TemplateWriterError)
    /// Files of the output directory would be replaced by templates with other contents.
    case wouldReplace(paths: [String])

    /// The exit status of a command that stops on this error.
    public var exitCode: Int32 { 2 }

    /// The message in English and French, starting in lowercase with no trailing period.
    public var message: LocalizedText {
        switch self {
        case .notADirectory(let path):
            LocalizedText(
                "output path \(path) is not a directory; give a directory with -o",
                fr: "le chemin de sortie \(path) n'est pas un dossier ; indiquez un dossier avec -o")
        case .directoryNotCreated(let path, let reason):
            LocalizedText(
                "cannot create output directory \(path): \(reason.english)",
                fr: "impossible de créer le dossier de sortie \(path) : \(reason.french)")
        case .directoryNotWritable(let path):
            LocalizedText(
                "output directory \(path) is not writable; check its permissions or choose another with -o",
                fr: "le dossier de sortie \(path) n'est pas accessible en écriture ; vérifiez ses permissions "
                    + "ou choisissez-en un autre avec -o")
        case .writeFailed(let path, let reason):
            LocalizedText(
                "cannot write \(path): \(reason.english)", fr: "impossible d'écrire \(path) : \(reason.french)")
        case .invalidArchitecture(let error):
            LocalizedText("invalid architecture: \(error)", fr: "architecture invalide : \(error.message.french)")
        case .unwritableValue(let file, let error):
            LocalizedText(
                "cannot write \(file): \(error)", fr: "impossible d'écrire \(file) : \(error.message.french)")
        case .wouldReplace(let paths):
            Self.wouldReplaceMessage(paths)
        }
    }

    private static func wouldReplaceMessage(_ paths: [String]) -> LocalizedText {
        let list = paths.joined(separator: ", ")
        if paths.count == 1 {
            return LocalizedText(
                "\(list) exists and differs from the synthesized template, so nothing was written; use --force to "
                    + "replace it, or choose another directory with -o",
                fr: "\(list) existe et diffère du modèle synthétisé, donc rien n'a été écrit ; utilisez --force pour "
                    + "le remplacer, ou choisissez un autre dossier avec -o")
        }
        return LocalizedText(
            "\(list) exist and differ from the synthesized templates, so nothing was written; use --force to "
                + "replace them, or choose another directory with -o",
            fr: "\(list) existent et diffèrent des modèles synthétisés, donc rien n'a été écrit ; utilisez --force "
                + "pour les remplacer, ou choisissez un autre dossier avec -o")
    }

    public var description: String { message.english }
}
