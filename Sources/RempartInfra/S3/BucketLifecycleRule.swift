import RempartTemplate

/// A lifecycle rule that expires current or noncurrent object versions.
public struct BucketLifecycleRule: Sendable {
    public var id: String
    /// Days after which current versions expire, or nil to keep them.
    public var expirationInDays: Token?
    /// Days after which noncurrent versions expire, or nil to keep them.
    public var noncurrentVersionExpirationDays: Token?

    /// Creates an enabled rule.
    public init(id: String, expirationInDays: Token? = nil, noncurrentVersionExpirationDays: Token? = nil) {
        self.id = id
        self.expirationInDays = expirationInDays
        self.noncurrentVersionExpirationDays = noncurrentVersionExpirationDays
    }

    var node: Node {
        .map([
            ("Id", .string(id)),
            ("Status", .string("Enabled")),
            ("ExpirationInDays", expirationInDays.node),
            (
                "NoncurrentVersionExpiration",
                noncurrentVersionExpirationDays.map { .map([("NoncurrentDays", $0.node)]) }
            ),
        ])
    }
}
