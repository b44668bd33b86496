import RempartTemplate

/// An `AWS::KMS::Alias`, a friendly name for a key.
public struct KMSAlias: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::KMS::Alias" }
    public var attributes = ResourceAttributes()
    /// The name, starting with `alias/`.
    public var aliasName: Token
    public var targetKeyID: Token

    /// Creates an alias.
    public init(_ logicalID: String, aliasName: Token, targetKeyID: Token) {
        self.logicalID = logicalID
        self.aliasName = aliasName
        self.targetKeyID = targetKeyID
    }

    public var properties: Node { .map([("AliasName", aliasName.node), ("TargetKeyId", targetKeyID.node)]) }
}
