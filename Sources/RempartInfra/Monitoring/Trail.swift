import RempartTemplate

/// An `AWS::CloudTrail::Trail`, with S3 data event selectors.
public struct Trail: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::CloudTrail::Trail" }
    public var attributes: ResourceAttributes
    public var trailName: Token?
    /// The bucket receiving the log files, usually `bucket.name`.
    public var s3BucketName: Token
    public var s3KeyPrefix: String?
    /// The KMS key that encrypts the log files.
    public var kmsKeyID: Token?
    public var isMultiRegionTrail: Bool
    public var includeGlobalServiceEvents: Bool
    public var enableLogFileValidation: Bool
    /// The CloudWatch Logs group receiving a copy of the events, and the role CloudTrail uses to write it.
    public var cloudWatchLogs: (logGroupARN: Token, roleARN: Token)?
    /// Object ARN prefixes whose S3 data events are logged, such as `${Bucket.Arn}/`.
    public var s3DataEventPrefixes: [Token]
    public var tags: [Tag]

    /// Creates a trail that is logging.
    public init(
        _ logicalID: String, trailName: Token? = nil, s3BucketName: Token, s3KeyPrefix: String? = nil,
        kmsKeyID: Token? = nil, isMultiRegionTrail: Bool = true, includeGlobalServiceEvents: Bool = true,
        enableLogFileValidation: Bool = true, cloudWatchLogs: (logGroupARN: Token, roleARN: Token)? = nil,
        s3DataEventPrefixes: [Token] = [], tags: [Tag] = [], attributes: ResourceAttributes = ResourceAttributes()
    ) {
        self.logicalID = logicalID
        self.trailName = trailName
        self.s3BucketName = s3BucketName
        self.s3KeyPrefix = s3KeyPrefix
        self.kmsKeyID = kmsKeyID
        self.isMultiRegionTrail = isMultiRegionTrail
        self.includeGlobalServiceEvents = includeGlobalServiceEvents
        self.enableLogFileValidation = enableLogFileValidation
        self.cloudWatchLogs = cloudWatchLogs
        self.s3DataEventPrefixes = s3DataEventPrefixes
        self.tags = tags
        self.attributes = attributes
    }

    public var properties: Node {
        let selectors: Node? =
            s3DataEventPrefixes.isEmpty
            ? nil
            : .list([
                .map([
                    ("ReadWriteType", .string("All")),
                    ("IncludeManagementEvents", .bool(true)),
                    (
                        "DataResources",
                        .list([
                            .map([
                                ("Type", .string("AWS::S3::Object")),
                                ("Values", .list(s3DataEventPrefixes.map(\.node))),
                            ])
                        ])
                    ),
                ])
            ])
        return .map([
            ("TrailName", trailName.node),
            ("IsLogging", .bool(true)),
            ("S3BucketName", s3BucketName.node),
            ("S3KeyPrefix", s3KeyPrefix.node),
            ("KMSKeyId", kmsKeyID.node),
            ("IsMultiRegionTrail", .bool(isMultiRegionTrail)),
            ("IncludeGlobalServiceEvents", .bool(includeGlobalServiceEvents)),
            ("EnableLogFileValidation", .bool(enableLogFileValidation)),
            ("CloudWatchLogsLogGroupArn", cloudWatchLogs?.logGroupARN.node),
            ("CloudWatchLogsRoleArn", cloudWatchLogs?.roleARN.node),
            ("EventSelectors", selectors),
            ("Tags", .tags(tags)),
        ])
    }
}
