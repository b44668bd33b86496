import RempartTemplate

/// Replication of every object of a bucket into another, versioned bucket.
public struct BucketReplication: Sendable {
    /// The role S3 assumes to replicate, usually `role.arn`.
    public var roleARN: Token
    /// The rule's ID.
    public var ruleID: String
    /// The destination bucket's ARN.
    public var destinationBucketARN: Token
    /// The KMS key that encrypts the replicas; when set, objects encrypted with SSE-KMS are replicated too.
    public var replicaKMSKeyID: Token?

    /// Creates a replication setting with one rule covering the whole bucket.
    public init(roleARN: Token, ruleID: String, destinationBucketARN: Token, replicaKMSKeyID: Token? = nil) {
        self.roleARN = roleARN
        self.ruleID = ruleID
        self.destinationBucketARN = destinationBucketARN
        self.replicaKMSKeyID = replicaKMSKeyID
    }

    var node: Node {
        let destination = Node.map([
            ("Bucket", destinationBucketARN.node),
            ("EncryptionConfiguration", replicaKMSKeyID.map { .map([("ReplicaKmsKeyID", $0.node)]) }),
        ])
        let rule = Node.map([
            ("Id", .string(ruleID)),
            ("Status", .string("Enabled")),
            ("Priority", .number(1)),
            ("Filter", .map([("Prefix", .string(""))])),
            ("DeleteMarkerReplication", .map([("Status", .string("Enabled"))])),
            (
                "SourceSelectionCriteria",
                replicaKMSKeyID == nil
                    ? nil : .map([("SseKmsEncryptedObjects", .map([("Status", .string("Enabled"))]))])
            ),
            ("Destination", destination),
        ])
        return .map([("Role", roleARN.node), ("Rules", .list([rule]))])
    }
}
