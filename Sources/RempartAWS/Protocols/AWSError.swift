import Foundation
import RempartSupport

/// Everything that can go wrong in the AWS client.
///
/// No case carries a secret: credentials appear by access key ID only.
public enum AWSError: Error, Sendable, Equatable {
    /// AWS returned an error body in the service's protocol.
    case service(AWSErrorContext)
    /// The response is an error that is not an AWS error body (an HTML page, an empty body).
    case unexpectedResponse(service: String, operation: String, statusCode: Int, bodyPrefix: String)
    /// A successful response could not be decoded.
    case invalidResponse(service: String, operation: String, reason: String)
    /// The connection failed after every attempt.
    case connectionFailed(service: String, operation: String, endpoint: String, reason: String)
    /// No response arrived within the timeout, after every attempt.
    case timedOut(service: String, operation: String, endpoint: String, seconds: Double)
    /// No credentials were found in the places searched.
    case missingCredentials(profile: String, searched: [String])
    /// No region was given by flag, environment or profile.
    case missingRegion(profile: String)
    /// A profile named on the command line or in `AWS_PROFILE` exists in neither file.
    case profileNotFound(name: String, files: [String])
    /// A shared config or credentials file has a line that cannot be read.
    case invalidConfigFile(path: String, line: Int, reason: String)
    /// An endpoint URL is not an absolute `http` or `https` URL.
    case invalidEndpoint(value: String, source: String)
    /// The instance metadata service, explicitly enabled, returned no usable credentials.
    case instanceMetadataFailed(endpoint: String, reason: String)
    /// The local emulator could not be installed, started or stopped.
    case emulatorFailed(reason: String)

    /// The AWS error code when AWS sent one.
    public var code: String? {
        if case .service(let context) = self { return context.code }
        return nil
    }

    /// The HTTP status when a response arrived.
    public var statusCode: Int? {
        switch self {
        case .service(let context): return context.statusCode
        case .unexpectedResponse(_, _, let status, _): return status
        default: return nil
        }
    }

    /// The message in English and French, naming the service, operation and values involved.
    public var message: LocalizedText {
        switch self {
        case .service(let context):
            let request = context.requestID.map { " (request ID \($0))" } ?? ""
            let requestFR = context.requestID.map { " (ID de requête \($0))" } ?? ""
            return LocalizedText(
                "\(context.service) \(context.operation) failed with \(context.code) (HTTP \(context.statusCode)): \(context.message)\(request)",
                fr:
                    "\(context.service) \(context.operation) a échoué avec \(context.code) (HTTP \(context.statusCode)) : \(context.message)\(requestFR)"
            )
        case .unexpectedResponse(let service, let operation, let status, let prefix):
            return LocalizedText(
                "\(service) \(operation) returned HTTP \(status) without an AWS error body; the endpoint may not implement this action: '\(prefix)'",
                fr:
                    "\(service) \(operation) a répondu HTTP \(status) sans corps d'erreur AWS ; le point de terminaison n'implémente peut-être pas cette action : « \(prefix) »"
            )
        case .invalidResponse(let service, let operation, let reason):
            return LocalizedText(
                "\(service) \(operation) returned a response that cannot be read: \(reason)",
                fr: "\(service) \(operation) a renvoyé une réponse illisible : \(Self.frenchReason(reason))")
        case .connectionFailed(let service, let operation, let endpoint, let reason):
            return LocalizedText(
                "cannot reach \(service) at '\(endpoint)' for \(operation): \(reason); check the endpoint and the network",
                fr:
                    "impossible de joindre \(service) à « \(endpoint) » pour \(operation) : \(Self.frenchReason(reason)) ; vérifiez le point de terminaison et le réseau"
            )
        case .timedOut(let service, let operation, let endpoint, let seconds):
            return LocalizedText(
                "\(service) \(operation) at '\(endpoint)' timed out after \(seconds) s",
                fr: "\(service) \(operation) à « \(endpoint) » a expiré après \(seconds) s")
        case .missingCredentials(let profile, let searched):
            return LocalizedText(
                "no AWS credentials found for profile '\(profile)' (searched: \(searched.joined(separator: ", "))); set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or add the profile to ~/.aws/credentials",
                fr:
                    "aucun identifiant AWS trouvé pour le profil « \(profile) » (cherché : \(searched.joined(separator: ", "))) ; définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY ou ajoutez le profil à ~/.aws/credentials"
            )
        case .missingRegion(let profile):
            return LocalizedText(
                "no AWS region set for profile '\(profile)'; pass --region or set AWS_REGION",
                fr: "aucune région AWS définie pour le profil « \(profile) » ; passez --region ou définissez AWS_REGION")
        case .profileNotFound(let name, let files):
            return LocalizedText(
                "profile '\(name)' not found in \(files.joined(separator: " or "))",
                fr: "profil « \(name) » introuvable dans \(files.joined(separator: " ou "))")
        case .invalidConfigFile(let path, let line, let reason):
            return LocalizedText("\(path):\(line): \(reason)", fr: "\(path):\(line) : \(Self.frenchReason(reason))")
        case .invalidEndpoint(let value, let source):
            return LocalizedText(
                "invalid endpoint URL '\(value)' from \(source); expected an absolute http or https URL",
                fr:
                    "URL de point de terminaison « \(value) » invalide dans \(source) ; une URL http ou https absolue est attendue"
            )
        case .instanceMetadataFailed(let endpoint, let reason):
            return LocalizedText(
                "no credentials from the instance metadata service at '\(endpoint)': \(reason)",
                fr: "aucun identifiant du service de métadonnées d'instance à « \(endpoint) » : \(Self.frenchReason(reason))")
        case .emulatorFailed(let reason):
            return LocalizedText("local emulator: \(reason)", fr: "émulateur local : \(Self.frenchReason(reason))")
        }
    }
}

// MARK: - CustomStringConvertible

extension AWSError: CustomStringConvertible {
    /// The English message.
    public var description: String { message.english }
}
