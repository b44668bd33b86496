/// Typed STS operations (query protocol, API version 2011-06-15).
public struct STS: Sendable {
    /// Who the credentials belong to.
    public struct CallerIdentity: Sendable, Equatable {
        /// The `Account` element of the response.
        public var account: String
        /// The `Arn` element of the response.
        public var arn: String
        /// The `UserId` element of the response.
        public var userID: String
    }

    /// The client that signs and sends calls.
    public var client: AWSClient

    /// Creates the STS client.
    public init(client: AWSClient) {
        self.client = client
    }

    /// Returns the account, ARN and user ID of the credentials (`GetCallerIdentity`).
    public func callerIdentity() async throws -> CallerIdentity {
        let result = try await client.query(.sts, "GetCallerIdentity").result(of: "GetCallerIdentity")
        return CallerIdentity(
            account: result.string("Account") ?? "", arn: result.string("Arn") ?? "",
            userID: result.string("UserId") ?? "")
    }
}
