import Foundation
import RempartAWS
import RempartDeploy
import RempartInfra
import RempartSupport
import RempartTemplate

/// The message of an error that a command's own `catch` clauses did not expect.
///
/// Rempart's errors carry their message in every language. Any other error comes from the
/// system or a library and has only its own text, which French output quotes as it is.
enum UnexpectedError {
    /// Returns the message of `error` in every supported language.
    static func message(_ error: any Error) -> LocalizedText {
        switch error {
        case let error as AWSError: return error.message
        case let error as DeployError: return error.message
        case let error as SynthesisError: return error.message
        case let error as InfraError: return error.message
        case let error as TemplateWriterError: return error.message
        default:
            let text = error.localizedDescription
            return LocalizedText("unexpected error: \(text)", fr: "erreur inattendue : « \(text) »")
        }
    }
}
