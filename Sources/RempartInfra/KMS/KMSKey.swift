import RempartTemplate

/// An `AWS::KMS::Key`, a customer managed key.
public struct KMSKey: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::KMS::Key" }
    public var attributes: ResourceAttributes
    public var description: String?
    public var enableKeyRotation: Bool?
    public var keyPolicy: PolicyDocument

    /// Creates a key, retained when its stack is deleted so encrypted data stays readable.
    public init(
        _ logicalID: String, description: String? = nil, enableKeyRotation: Bool? = true, keyPolicy: PolicyDocument,
        attributes: ResourceAttributes = .retained
    ) {
        self.logicalID = logicalID
        self.description = description
        self.enableKeyRotation = enableKeyRotation
        self.keyPolicy = keyPolicy
        self.attributes = attributes
    }

    /// The key's ARN.
    public var arn: Token { attribute("Arn") }

    /// Returns the key policy statement that lets the account's IAM policies govern the key.
    public static func accountAdministration(sid: String) -> PolicyStatement {
        PolicyStatement(
            sid: sid, principal: .aws(.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")), actions: ["kms:*"],
            resources: ["*"])
    }

    public var properties: Node {
        .map([
            ("Description", description.node),
            ("EnableKeyRotation", enableKeyRotation.node),
            ("KeyPolicy", keyPolicy.node),
        ])
    }
}
