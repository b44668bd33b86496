import Foundation

/// Typed CloudWatch Logs operations (JSON 1.1, target prefix `Logs_20140328`).
public struct CloudWatchLogs: Sendable {
    /// A log group.
    public struct LogGroup: Sendable, Equatable, Decodable {
        /// The `logGroupName` member of the response.
        public var name: String
        /// The `arn` member of the response, ending in `:*`.
        public var arn: String?
        /// The `kmsKeyId` member of the response.
        public var kmsKeyID: String?
        /// The `retentionInDays` member of the response.
        public var retentionInDays: Int?

        enum CodingKeys: String, CodingKey {
            case name = "logGroupName", arn, kmsKeyID = "kmsKeyId", retentionInDays
        }
    }

    /// The client that signs and sends calls.
    public var client: AWSClient

    /// Creates the CloudWatch Logs client.
    public init(client: AWSClient) {
        self.client = client
    }

    /// Creates a log group, encrypted with `kmsKeyID` when given (`CreateLogGroup`).
    public func createLogGroup(_ name: String, kmsKeyID: String? = nil, tags: [String: String] = [:]) async throws {
        var body: [String: JSONValue] = ["logGroupName": .string(name)]
        if let kmsKeyID { body["kmsKeyId"] = .string(kmsKeyID) }
        if !tags.isEmpty { body["tags"] = .object(tags.mapValues { .string($0) }) }
        _ = try await client.json(.logs, "CreateLogGroup", .object(body))
    }

    /// Describes the log groups whose names start with `prefix` (`DescribeLogGroups`, first page).
    public func describeLogGroups(prefix: String) async throws -> [LogGroup] {
        struct Response: Decodable {
            var logGroups: [LogGroup]?
        }
        return try await client.json(
            .logs, "DescribeLogGroups", ["logGroupNamePrefix": .string(prefix)], as: Response.self
        ).logGroups ?? []
    }

    /// Sets how long a log group keeps its events (`PutRetentionPolicy`).
    public func putRetentionPolicy(_ name: String, days: Int) async throws {
        _ = try await client.json(
            .logs, "PutRetentionPolicy", ["logGroupName": .string(name), "retentionInDays": .number(Double(days))])
    }

    /// Deletes a log group and its events (`DeleteLogGroup`).
    public func deleteLogGroup(_ name: String) async throws {
        _ = try await client.json(.logs, "DeleteLogGroup", ["logGroupName": .string(name)])
    }
}
