/// An S3 bucket (`AWS::S3::Bucket`) with its bucket policies folded in.
public struct S3Bucket: AWSResource {
    public var address: ResourceAddress
    /// `BucketName`, when set; CloudFormation generates a name otherwise.
    public var name: Resolved<String>?
    /// The rules of `BucketEncryption.ServerSideEncryptionConfiguration`; defaulted to none.
    /// S3 encrypts new objects with SSE-S3 since January 2023 even without a rule.
    public var encryptionRules: Resolved<[S3EncryptionRule]>
    /// `VersioningConfiguration.Status`, when set: `Enabled` or `Suspended`.
    public var versioningStatus: Resolved<String>?
    /// MFA delete, which CloudFormation cannot set: unresolved for templates.
    public var mfaDelete: Resolved<Bool>
    /// `LoggingConfiguration`, when set.
    public var logging: S3BucketLogging?
    /// `PublicAccessBlockConfiguration`, when set.
    public var publicAccessBlock: S3PublicAccessBlock?
    /// `AccessControl` as an S3 canned ACL (`public-read`, `log-delivery-write`, …);
    /// `private` by default.
    public var acl: Resolved<String>
    /// The bucket policies of the scan that target this bucket.
    public var policies: [S3BucketPolicy]
    /// The destination buckets of `ReplicationConfiguration.Rules`.
    public var replicationDestinations: [Resolved<Identifier>]
    /// `ObjectLockEnabled`, false by default.
    public var objectLockEnabled: Resolved<Bool>
    /// Whether `WebsiteConfiguration` is set.
    public var hostsWebsite: Bool

    /// Creates a bucket.
    public init(
        address: ResourceAddress, name: Resolved<String>?, encryptionRules: Resolved<[S3EncryptionRule]>,
        versioningStatus: Resolved<String>?, mfaDelete: Resolved<Bool>, logging: S3BucketLogging?,
        publicAccessBlock: S3PublicAccessBlock?, acl: Resolved<String>, policies: [S3BucketPolicy],
        replicationDestinations: [Resolved<Identifier>], objectLockEnabled: Resolved<Bool>, hostsWebsite: Bool
    ) {
        self.address = address
        self.name = name
        self.encryptionRules = encryptionRules
        self.versioningStatus = versioningStatus
        self.mfaDelete = mfaDelete
        self.logging = logging
        self.publicAccessBlock = publicAccessBlock
        self.acl = acl
        self.policies = policies
        self.replicationDestinations = replicationDestinations
        self.objectLockEnabled = objectLockEnabled
        self.hostsWebsite = hostsWebsite
    }
}
