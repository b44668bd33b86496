import RempartTemplate

/// An `AWS::S3::BucketPolicy`.
public struct BucketPolicy: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::S3::BucketPolicy" }
    public var attributes = ResourceAttributes()
    /// The bucket name, usually `bucket.name`.
    public var bucket: Token
    public var document: PolicyDocument

    /// Creates a bucket policy.
    public init(_ logicalID: String, bucket: Token, document: PolicyDocument) {
        self.logicalID = logicalID
        self.bucket = bucket
        self.document = document
    }

    /// Returns a policy whose only statement denies every request made without TLS.
    public static func tlsOnly(_ logicalID: String, for bucket: Bucket) -> BucketPolicy {
        BucketPolicy(
            logicalID, bucket: bucket.name,
            document: PolicyDocument([
                PolicyDocument.denyInsecureTransportStatement(bucketARN: bucket.arn, bucketLogicalID: bucket.logicalID)
            ]))
    }

    public var properties: Node { .map([("Bucket", bucket.node), ("PolicyDocument", document.node)]) }
}
