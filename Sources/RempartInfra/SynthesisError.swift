import RempartSupport
import RempartTemplate

/// A failure to synthesize templates. Every case means Rempart could not do its job, so
/// the command exits with status 2.
public enum SynthesisError: Error, Sendable, CustomStringConvertible {
    /// The output path exists and is not a directory.
    case notADirectory(path: String)
    /// The output directory did not exist and could not be created; `reason` is the system's message.
    case directoryNotCreated(path: String, reason: String)
    /// The output directory exists but cannot be written.
    case directoryNotWritable(path: String)
    /// A template file could not be written; `reason` is the system's message.
    case writeFailed(path: String, reason: String)
    /// The architecture has a dependency cycle, a duplicate logical ID or a missing export.
    case invalidArchitecture(InfraError)
    /// A construct rendered a value that has no CloudFormation syntax.
    case unwritableValue(file: String, TemplateWriterError)

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
                "cannot create output directory \(path): \(reason)",
                fr: "impossible de créer le dossier de sortie \(path) : « \(reason) »")
        case .directoryNotWritable(let path):
            LocalizedText(
                "output directory \(path) is not writable; check its permissions or choose another with -o",
                fr: "le dossier de sortie \(path) n'est pas accessible en écriture ; vérifiez ses permissions "
                    + "ou choisissez-en un autre avec -o")
        case .writeFailed(let path, let reason):
            LocalizedText("cannot write \(path): \(reason)", fr: "impossible d'écrire \(path) : « \(reason) »")
        case .invalidArchitecture(let error):
            LocalizedText("invalid architecture: \(error)", fr: "architecture invalide : \(error.message.french)")
        case .unwritableValue(let file, let error):
            LocalizedText("cannot write \(file): \(error)", fr: "impossible d'écrire \(file) : \(error.message.french)")
        }
    }

    public var description: String { message.english }
}
