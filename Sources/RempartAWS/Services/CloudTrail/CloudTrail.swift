import Foundation

/// Typed CloudTrail operations (JSON 1.1).
public struct CloudTrail: Sendable {
    /// A trail.
    public struct Trail: Sendable, Equatable, Decodable {
        /// The `Name` member of the response.
        public var name: String
        /// The `TrailARN` member of the response.
        public var arn: String?
        /// The `S3BucketName` member of the response.
        public var s3BucketName: String?
        /// The `S3KeyPrefix` member of the response.
        public var s3KeyPrefix: String?
        /// The `IsMultiRegionTrail` member of the response.
        public var isMultiRegionTrail: Bool?
        /// The `IncludeGlobalServiceEvents` member of the response.
        public var includesGlobalServiceEvents: Bool?
        /// The `LogFileValidationEnabled` member of the response.
        public var isLogFileValidationEnabled: Bool?
        /// The `KmsKeyId` member of the response.
        public var kmsKeyID: String?
        public var homeRegion: String?
        /// The `HasCustomEventSelectors` member of the response.
        public var hasCustomEventSelectors: Bool?
        /// The `CloudWatchLogsLogGroupArn` member of the response.
        public var cloudWatchLogsLogGroupARN: String?

        enum CodingKeys: String, CodingKey {
            case name = "Name", arn = "TrailARN", s3BucketName = "S3BucketName", s3KeyPrefix = "S3KeyPrefix"
            case isMultiRegionTrail = "IsMultiRegionTrail", includesGlobalServiceEvents = "IncludeGlobalServiceEvents"
            case isLogFileValidationEnabled = "LogFileValidationEnabled", kmsKeyID = "KmsKeyId", homeRegion =
                "HomeRegion"
            case hasCustomEventSelectors = "HasCustomEventSelectors"
            case cloudWatchLogsLogGroupARN = "CloudWatchLogsLogGroupArn"
        }
    }

    /// A classic event selector: which management and data events a trail logs.
    public struct EventSelector: Sendable, Equatable, Codable {
        /// Data resources such as `AWS::S3::Object` with ARN prefixes (`arn:aws:s3:::bucket/`).
        public struct DataResource: Sendable, Equatable, Codable {
            /// The `Type` member of the response.
            public var type: String
            /// The `Values` member of the response.
            public var values: [String]

            /// Creates a data resource.
            public init(type: String, values: [String]) {
                self.type = type
                self.values = values
            }

            enum CodingKeys: String, CodingKey {
                case type = "Type", values = "Values"
            }
        }

        /// `ReadOnly`, `WriteOnly` or `All`.
        public var readWriteType: String
        /// The `IncludeManagementEvents` member of the response.
        public var includesManagementEvents: Bool
        /// The `DataResources` member of the response.
        public var dataResources: [DataResource]

        /// Creates a selector.
        public init(
            readWriteType: String = "All", includesManagementEvents: Bool = true, dataResources: [DataResource] = []
        ) {
            self.readWriteType = readWriteType
            self.includesManagementEvents = includesManagementEvents
            self.dataResources = dataResources
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            readWriteType = try container.decodeIfPresent(String.self, forKey: .readWriteType) ?? "All"
            includesManagementEvents =
                try container.decodeIfPresent(Bool.self, forKey: .includesManagementEvents) ?? true
            dataResources = try container.decodeIfPresent([DataResource].self, forKey: .dataResources) ?? []
        }

        enum CodingKeys: String, CodingKey {
            case readWriteType = "ReadWriteType", includesManagementEvents = "IncludeManagementEvents"
            case dataResources = "DataResources"
        }
    }

    /// The client that signs and sends calls.
    public var client: AWSClient

    /// Creates the CloudTrail client.
    public init(client: AWSClient) {
        self.client = client
    }

    /// Creates a trail that delivers to a bucket (`CreateTrail`).
    public func createTrail(
        name: String, s3BucketName: String, s3KeyPrefix: String? = nil, isMultiRegionTrail: Bool = true,
        includesGlobalServiceEvents: Bool = true, enablesLogFileValidation: Bool = true, kmsKeyID: String? = nil
    ) async throws -> Trail {
        var body: [String: JSONValue] = [
            "Name": .string(name), "S3BucketName": .string(s3BucketName),
            "IsMultiRegionTrail": .bool(isMultiRegionTrail),
            "IncludeGlobalServiceEvents": .bool(includesGlobalServiceEvents),
            "EnableLogFileValidation": .bool(enablesLogFileValidation),
        ]
        if let s3KeyPrefix { body["S3KeyPrefix"] = .string(s3KeyPrefix) }
        if let kmsKeyID { body["KmsKeyId"] = .string(kmsKeyID) }
        return try await client.json(.cloudTrail, "CreateTrail", .object(body), as: Trail.self)
    }

    /// Describes trails, every trail when `names` is empty (`DescribeTrails`).
    public func describeTrails(names: [String] = []) async throws -> [Trail] {
        struct Response: Decodable {
            var trailList: [Trail]?
        }
        var body: [String: JSONValue] = [:]
        if !names.isEmpty { body["trailNameList"] = .array(names.map { .string($0) }) }
        return try await client.json(.cloudTrail, "DescribeTrails", .object(body), as: Response.self).trailList ?? []
    }

    /// Returns the tags of the trail with `arn` (`ListTags`).
    public func tags(trailARN arn: String) async throws -> [String: String] {
        let result = try await client.json(.cloudTrail, "ListTags", ["ResourceIdList": .array([.string(arn)])])
        var tags: [String: String] = [:]
        for resource in result["ResourceTagList"]?.arrayValue ?? [] {
            for tag in resource["TagsList"]?.arrayValue ?? [] {
                if let key = tag["Key"]?.stringValue, let value = tag["Value"]?.stringValue { tags[key] = value }
            }
        }
        return tags
    }

    /// Returns whether the trail is logging (`GetTrailStatus`).
    public func isLogging(trail name: String) async throws -> Bool {
        let result = try await client.json(.cloudTrail, "GetTrailStatus", ["Name": .string(name)])
        return result["IsLogging"]?.boolValue ?? false
    }

    /// Starts logging (`StartLogging`).
    public func startLogging(trail name: String) async throws {
        _ = try await client.json(.cloudTrail, "StartLogging", ["Name": .string(name)])
    }

    /// Stops logging (`StopLogging`).
    public func stopLogging(trail name: String) async throws {
        _ = try await client.json(.cloudTrail, "StopLogging", ["Name": .string(name)])
    }

    /// Deletes a trail (`DeleteTrail`).
    public func deleteTrail(name: String) async throws {
        _ = try await client.json(.cloudTrail, "DeleteTrail", ["Name": .string(name)])
    }

    /// Replaces a trail's event selectors (`PutEventSelectors`).
    public func putEventSelectors(trail name: String, _ selectors: [EventSelector]) async throws {
        let encoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(selectors))
        _ = try await client.json(
            .cloudTrail, "PutEventSelectors", ["TrailName": .string(name), "EventSelectors": encoded])
    }

    /// Returns a trail's event selectors (`GetEventSelectors`).
    public func eventSelectors(trail name: String) async throws -> [EventSelector] {
        struct Response: Decodable {
            var EventSelectors: [EventSelector]?
        }
        return try await client.json(.cloudTrail, "GetEventSelectors", ["TrailName": .string(name)], as: Response.self)
            .EventSelectors ?? []
    }
}
