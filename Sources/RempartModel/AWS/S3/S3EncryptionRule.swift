/// One rule of a bucket's default encryption (`ServerSideEncryptionConfiguration`).
public struct S3EncryptionRule: Sendable {
    /// The rule in the template.
    public var origin: Origin
    /// `ServerSideEncryptionByDefault.SSEAlgorithm`: `AES256`, `aws:kms` or `aws:kms:dsse`.
    public var algorithm: Resolved<String>?
    /// `ServerSideEncryptionByDefault.KMSMasterKeyID`, when set. A value known only after
    /// deployment (a key of another stack) still counts as set.
    public var kmsKeyID: Resolved<Identifier>?
    /// `BucketKeyEnabled`, false by default.
    public var bucketKeyEnabled: Resolved<Bool>

    /// Creates an encryption rule.
    public init(
        origin: Origin, algorithm: Resolved<String>?, kmsKeyID: Resolved<Identifier>?, bucketKeyEnabled: Resolved<Bool>
    ) {
        self.origin = origin
        self.algorithm = algorithm
        self.kmsKeyID = kmsKeyID
        self.bucketKeyEnabled = bucketKeyEnabled
    }
}
