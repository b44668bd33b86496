import RempartTemplate

/// An `AWS::S3::Bucket` with its encryption, versioning, logging, public access block,
/// replication and lifecycle settings.
public struct Bucket: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::S3::Bucket" }
    public var attributes: ResourceAttributes
    /// The bucket name; nil lets CloudFormation generate one.
    public var bucketName: Token?
    /// A canned ACL; `LogDeliveryWrite` lets S3 server access logging write with the legacy ACL.
    public var accessControl: String?
    /// `BucketOwnerEnforced` disables ACLs; `BucketOwnerPreferred` keeps them for log delivery.
    public var objectOwnership: String?
    public var encryption: BucketEncryption?
    public var isVersioned: Bool
    /// Whether all four public access block settings are on.
    public var blocksPublicAccess: Bool
    public var logging: BucketLogging?
    public var replication: BucketReplication?
    public var lifecycleRules: [BucketLifecycleRule]
    public var tags: [Tag]

    /// Creates a bucket, retained when its stack is deleted so its objects survive.
    public init(
        _ logicalID: String, bucketName: Token? = nil, accessControl: String? = nil, objectOwnership: String? = nil,
        encryption: BucketEncryption? = nil, isVersioned: Bool = false, blocksPublicAccess: Bool = false,
        logging: BucketLogging? = nil, replication: BucketReplication? = nil,
        lifecycleRules: [BucketLifecycleRule] = [], tags: [Tag] = [], attributes: ResourceAttributes = .retained
    ) {
        self.logicalID = logicalID
        self.bucketName = bucketName
        self.accessControl = accessControl
        self.objectOwnership = objectOwnership
        self.encryption = encryption
        self.isVersioned = isVersioned
        self.blocksPublicAccess = blocksPublicAccess
        self.logging = logging
        self.replication = replication
        self.lifecycleRules = lifecycleRules
        self.tags = tags
        self.attributes = attributes
    }

    /// The bucket's ARN.
    public var arn: Token { attribute("Arn") }
    /// The bucket's name (`Ref`).
    public var name: Token { ref }
    /// The ARN pattern of every object in the bucket, `arn:…:bucket/*`.
    public var objectsARN: Token { .sub("${\(logicalID).Arn}/*") }

    public var properties: Node {
        let blockAll = Node.map(
            ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"].map {
                ($0, .bool(true))
            })
        return .map([
            ("BucketName", bucketName.node),
            ("AccessControl", accessControl.node),
            (
                "OwnershipControls",
                objectOwnership.map { .map([("Rules", .list([.map([("ObjectOwnership", .string($0))])]))]) }
            ),
            ("BucketEncryption", encryption?.node),
            ("VersioningConfiguration", isVersioned ? .map([("Status", .string("Enabled"))]) : nil),
            ("PublicAccessBlockConfiguration", blocksPublicAccess ? blockAll : nil),
            ("LoggingConfiguration", logging?.node),
            ("ReplicationConfiguration", replication?.node),
            (
                "LifecycleConfiguration",
                lifecycleRules.isEmpty ? nil : .map([("Rules", .list(lifecycleRules.map(\.node)))])
            ),
            ("Tags", .tags(tags)),
        ])
    }
}
