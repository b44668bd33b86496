/// A bucket's `PublicAccessBlockConfiguration`.
public struct S3PublicAccessBlock: Sendable {
    /// The configuration in the template.
    public var origin: Origin
    /// `BlockPublicAcls`, false by default.
    public var blockPublicACLs: Resolved<Bool>
    /// `BlockPublicPolicy`, false by default.
    public var blockPublicPolicy: Resolved<Bool>
    /// `IgnorePublicAcls`, false by default.
    public var ignorePublicACLs: Resolved<Bool>
    /// `RestrictPublicBuckets`, false by default.
    public var restrictPublicBuckets: Resolved<Bool>

    /// Creates a public access block.
    public init(
        origin: Origin, blockPublicACLs: Resolved<Bool>, blockPublicPolicy: Resolved<Bool>,
        ignorePublicACLs: Resolved<Bool>, restrictPublicBuckets: Resolved<Bool>
    ) {
        self.origin = origin
        self.blockPublicACLs = blockPublicACLs
        self.blockPublicPolicy = blockPublicPolicy
        self.ignorePublicACLs = ignorePublicACLs
        self.restrictPublicBuckets = restrictPublicBuckets
    }
}
