import RempartTemplate

/// An `AWS::Logs::LogGroup`, here the CloudWatch Logs copy of a CloudTrail trail.
public struct LogGroup: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::Logs::LogGroup" }
    public var attributes = ResourceAttributes()
    public var logGroupName: Token?
    /// The KMS key ARN that encrypts the log events.
    public var kmsKeyID: Token?
    public var retentionInDays: Int?

    /// Creates a log group.
    public init(_ logicalID: String, logGroupName: Token? = nil, kmsKeyID: Token? = nil, retentionInDays: Int? = nil) {
        self.logicalID = logicalID
        self.logGroupName = logGroupName
        self.kmsKeyID = kmsKeyID
        self.retentionInDays = retentionInDays
    }

    /// The log group's ARN.
    public var arn: Token { attribute("Arn") }

    public var properties: Node {
        .map([
            ("LogGroupName", logGroupName.node),
            ("KmsKeyId", kmsKeyID.node),
            ("RetentionInDays", retentionInDays.node),
        ])
    }
}
