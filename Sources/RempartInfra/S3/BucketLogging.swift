import RempartTemplate

/// Server access logging of a bucket into another bucket.
public struct BucketLogging: Sendable {
    /// The name of the bucket receiving the logs, usually `logBucket.name`.
    public var destinationBucketName: Token
    public var logFilePrefix: String?

    /// Creates a logging setting.
    public init(destinationBucketName: Token, logFilePrefix: String? = nil) {
        self.destinationBucketName = destinationBucketName
        self.logFilePrefix = logFilePrefix
    }

    var node: Node {
        .map([("DestinationBucketName", destinationBucketName.node), ("LogFilePrefix", logFilePrefix.node)])
    }
}
