import RempartAWS

/// Recognizes the AWS errors that mean a resource is already gone, so deleting it again is done.
enum AbsentResource {
    /// Error codes meaning "not found" that do not contain `NotFound`.
    static let otherCodes: Set<String> = [
        "NoSuchEntity", "NoSuchBucket", "Gateway.NotAttached", "TrailNotFoundException", "ResourceNotFound",
        "InvalidAssociationID.NotFound",
    ]

    /// Whether `error` says the resource does not exist.
    static func matches(_ error: any Error) -> Bool {
        guard let error = error as? AWSError, let code = error.code else { return false }
        return code.contains("NotFound") || otherCodes.contains(code)
    }

    /// Runs `body`, treating a "not found" answer as success, and returns false when the answer was "not found".
    @discardableResult
    static func ignoring(_ body: () async throws -> Void) async throws -> Bool {
        do {
            try await body()
            return true
        } catch where matches(error) {
            return false
        }
    }
}
