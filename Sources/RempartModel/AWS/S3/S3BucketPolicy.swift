/// A bucket policy (`AWS::S3::BucketPolicy`), also folded into the bucket it targets.
public struct S3BucketPolicy: AWSResource {
    public var address: ResourceAddress
    /// `Bucket`: the bucket's name, or a link to a bucket of the scan.
    public var bucket: Resolved<Identifier>?
    /// The statements of `PolicyDocument`; unresolved when the document cannot be known.
    public var statements: Resolved<[S3PolicyStatement]>

    /// Creates a bucket policy.
    public init(address: ResourceAddress, bucket: Resolved<Identifier>?, statements: Resolved<[S3PolicyStatement]>) {
        self.address = address
        self.bucket = bucket
        self.statements = statements
    }
}
