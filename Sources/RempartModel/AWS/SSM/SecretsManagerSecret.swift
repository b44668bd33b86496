/// An AWS Secrets Manager secret (`AWS::SecretsManager::Secret`).
public struct SecretsManagerSecret: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The KMS key (`KmsKeyId`), nil for the AWS managed key `aws/secretsmanager`.
    public var kmsKeyID: Resolved<Identifier?>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, kmsKeyID: Resolved<Identifier?>) {
        self.address = address
        self.kmsKeyID = kmsKeyID
    }
}
