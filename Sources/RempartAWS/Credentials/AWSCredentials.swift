/// An access key pair, with a session token for temporary credentials.
///
/// `description` and `debugDescription` never show the secret key or the token, so credentials
/// can appear in logs and error messages without leaking.
public struct AWSCredentials: Sendable, Equatable {
    /// The access key ID, such as `AKIAIOSFODNN7EXAMPLE`; not a secret.
    public var accessKeyID: String
    /// The secret access key.
    public var secretAccessKey: String
    /// The session token of temporary credentials, sent as `X-Amz-Security-Token`.
    public var sessionToken: String?

    /// Creates credentials.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }
}

// MARK: - CustomStringConvertible

extension AWSCredentials: CustomStringConvertible, CustomDebugStringConvertible {
    /// The access key ID with the secret and token redacted.
    public var description: String {
        let token = sessionToken == nil ? "none" : "<redacted>"
        return "AWSCredentials(accessKeyID: \(accessKeyID), secretAccessKey: <redacted>, sessionToken: \(token))"
    }

    /// Same as `description`.
    public var debugDescription: String { description }
}
