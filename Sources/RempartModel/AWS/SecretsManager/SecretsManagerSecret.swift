/// A Secrets Manager secret (`AWS::SecretsManager::Secret`).
public struct SecretsManagerSecret: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `KmsKeyId`; without it, the AWS managed key `aws/secretsmanager`.
    public var kmsKeyID: Resolved<Identifier?>

    /// Creates a secret with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        kmsKeyID = .defaulted(nil, at: address.origin)
    }
}
