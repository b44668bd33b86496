import Foundation

/// Typed KMS operations (JSON 1.1, target prefix `TrentService`).
public struct KMS: Sendable {
    /// A key's metadata.
    public struct KeyMetadata: Sendable, Equatable, Decodable {
        /// The `KeyId` member of the response.
        public var keyID: String
        /// The `Arn` member of the response.
        public var arn: String
        /// The `Description` member of the response.
        public var description: String?
        /// `Enabled`, `PendingDeletion`, …
        public var keyState: String
        /// The `Enabled` member of the response.
        public var isEnabled: Bool
        /// `CUSTOMER` or `AWS`.
        public var keyManager: String?
        /// The `KeyUsage` member of the response.
        public var keyUsage: String?
        /// The `KeySpec` member of the response.
        public var keySpec: String?
        /// Epoch seconds of the scheduled deletion.
        public var deletionDate: Double?

        enum CodingKeys: String, CodingKey {
            case keyID = "KeyId", arn = "Arn", description = "Description", keyState = "KeyState", isEnabled = "Enabled"
            case keyManager = "KeyManager", keyUsage = "KeyUsage", keySpec = "KeySpec", deletionDate = "DeletionDate"
        }
    }

    /// An alias.
    public struct Alias: Sendable, Equatable, Decodable {
        /// The `AliasName` member of the response.
        public var name: String
        /// The `AliasArn` member of the response.
        public var arn: String?
        /// The `TargetKeyId` member of the response.
        public var targetKeyID: String?

        enum CodingKeys: String, CodingKey {
            case name = "AliasName", arn = "AliasArn", targetKeyID = "TargetKeyId"
        }
    }

    /// The client that signs and sends calls.
    public var client: AWSClient

    /// Creates the KMS client.
    public init(client: AWSClient) {
        self.client = client
    }

    private struct MetadataEnvelope: Decodable {
        var KeyMetadata: KeyMetadata
    }

    /// Creates a symmetric encryption key (`CreateKey`).
    public func createKey(description: String? = nil, policy: String? = nil, tags: [String: String] = [:]) async throws
        -> KeyMetadata
    {
        var body: [String: JSONValue] = ["KeyUsage": "ENCRYPT_DECRYPT", "KeySpec": "SYMMETRIC_DEFAULT"]
        if let description { body["Description"] = .string(description) }
        if let policy { body["Policy"] = .string(policy) }
        if !tags.isEmpty {
            body["Tags"] = .array(
                tags.keys.sorted().map { ["TagKey": .string($0), "TagValue": .string(tags[$0] ?? "")] })
        }
        return try await client.json(.kms, "CreateKey", .object(body), as: MetadataEnvelope.self).KeyMetadata
    }

    /// Returns a key's metadata by ID, ARN or alias (`DescribeKey`).
    public func describeKey(_ keyID: String) async throws -> KeyMetadata {
        try await client.json(.kms, "DescribeKey", ["KeyId": .string(keyID)], as: MetadataEnvelope.self).KeyMetadata
    }

    /// Lists key IDs and ARNs (`ListKeys`, `Marker`/`Truncated`).
    public func listKeys() async throws -> [(id: String, arn: String)] {
        try await client.paginate { marker in
            var body: [String: JSONValue] = [:]
            if let marker { body["Marker"] = .string(marker) }
            let result = try await client.json(.kms, "ListKeys", .object(body))
            let keys =
                result["Keys"]?.arrayValue.map { ($0["KeyId"]?.stringValue ?? "", $0["KeyArn"]?.stringValue ?? "") }
                ?? []
            return (keys, result["Truncated"]?.boolValue == true ? result["NextMarker"]?.stringValue : nil)
        }
    }

    /// Schedules deletion after `pendingWindowInDays` (7 to 30) and returns the deletion date (`ScheduleKeyDeletion`).
    public func scheduleKeyDeletion(_ keyID: String, pendingWindowInDays: Int = 7) async throws -> Date? {
        let result = try await client.json(
            .kms, "ScheduleKeyDeletion",
            ["KeyId": .string(keyID), "PendingWindowInDays": .number(Double(pendingWindowInDays))])
        return result["DeletionDate"]?.doubleValue.map { Date(timeIntervalSince1970: $0) }
    }

    /// Creates an alias (`alias/…`) for a key (`CreateAlias`).
    public func createAlias(_ name: String, targetKeyID: String) async throws {
        _ = try await client.json(
            .kms, "CreateAlias", ["AliasName": .string(name), "TargetKeyId": .string(targetKeyID)])
    }

    /// Lists aliases, of one key when `keyID` is set (`ListAliases`).
    public func listAliases(keyID: String? = nil) async throws -> [Alias] {
        struct Page: Decodable {
            var Aliases: [Alias]?
            var NextMarker: String?
            var Truncated: Bool?
        }
        return try await client.paginate { marker in
            var body: [String: JSONValue] = [:]
            if let keyID { body["KeyId"] = .string(keyID) }
            if let marker { body["Marker"] = .string(marker) }
            let page = try await client.json(.kms, "ListAliases", .object(body), as: Page.self)
            return (page.Aliases ?? [], page.Truncated == true ? page.NextMarker : nil)
        }
    }

    /// Deletes an alias (`DeleteAlias`).
    public func deleteAlias(_ name: String) async throws {
        _ = try await client.json(.kms, "DeleteAlias", ["AliasName": .string(name)])
    }

    /// Returns the key policy named `default` (`GetKeyPolicy`).
    public func keyPolicy(_ keyID: String) async throws -> String {
        let result = try await client.json(.kms, "GetKeyPolicy", ["KeyId": .string(keyID), "PolicyName": "default"])
        return result["Policy"]?.stringValue ?? ""
    }

    /// Returns the tags of the key with `keyID` (`ListResourceTags`).
    public func tags(keyID: String) async throws -> [String: String] {
        let result = try await client.json(.kms, "ListResourceTags", ["KeyId": .string(keyID)])
        var tags: [String: String] = [:]
        for tag in result["Tags"]?.arrayValue ?? [] {
            if let key = tag["TagKey"]?.stringValue, let value = tag["TagValue"]?.stringValue { tags[key] = value }
        }
        return tags
    }

    /// Replaces the key policy (`PutKeyPolicy`).
    public func putKeyPolicy(_ keyID: String, policy: String) async throws {
        _ = try await client.json(
            .kms, "PutKeyPolicy", ["KeyId": .string(keyID), "PolicyName": "default", "Policy": .string(policy)])
    }

    /// Returns whether automatic rotation is on (`GetKeyRotationStatus`).
    public func isKeyRotationEnabled(_ keyID: String) async throws -> Bool {
        let result = try await client.json(.kms, "GetKeyRotationStatus", ["KeyId": .string(keyID)])
        return result["KeyRotationEnabled"]?.boolValue ?? false
    }

    /// Turns automatic yearly rotation on (`EnableKeyRotation`).
    public func enableKeyRotation(_ keyID: String) async throws {
        _ = try await client.json(.kms, "EnableKeyRotation", ["KeyId": .string(keyID)])
    }

    /// Turns automatic rotation off (`DisableKeyRotation`).
    public func disableKeyRotation(_ keyID: String) async throws {
        _ = try await client.json(.kms, "DisableKeyRotation", ["KeyId": .string(keyID)])
    }
}
