import RempartTemplate

/// The default encryption of a bucket.
public struct BucketEncryption: Sendable {
    /// The KMS key for SSE-KMS, or nil for SSE-S3 (`AES256`).
    public var kmsKeyARN: Token?
    /// Whether S3 Bucket Keys cut the KMS requests (SSE-KMS only).
    public var bucketKeyEnabled: Bool?

    /// Creates an encryption setting.
    public init(kmsKeyARN: Token?, bucketKeyEnabled: Bool? = true) {
        self.kmsKeyARN = kmsKeyARN
        self.bucketKeyEnabled = bucketKeyEnabled
    }

    var node: Node {
        let byDefault = Node.map([
            ("SSEAlgorithm", .string(kmsKeyARN == nil ? "AES256" : "aws:kms")),
            ("KMSMasterKeyID", kmsKeyARN.node),
        ])
        return .map([
            (
                "ServerSideEncryptionConfiguration",
                .list([
                    .map([("ServerSideEncryptionByDefault", byDefault), ("BucketKeyEnabled", bucketKeyEnabled.node)])
                ])
            )
        ])
    }
}
