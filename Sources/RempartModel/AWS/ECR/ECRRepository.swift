/// An Amazon ECR repository (`AWS::ECR::Repository`).
public struct ECRRepository: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// Whether images are scanned when pushed (`ImageScanningConfiguration.ScanOnPush`, default false).
    public var scansOnPush: Resolved<Bool>
    /// `MUTABLE` (the default) or `IMMUTABLE` (`ImageTagMutability`).
    public var imageTagMutability: Resolved<String>
    /// `AES256` (the default) or `KMS` (`EncryptionConfiguration.EncryptionType`).
    public var encryptionType: Resolved<String>
    /// The KMS key (`EncryptionConfiguration.KmsKey`), nil for the AWS managed key.
    public var kmsKey: Resolved<Identifier?>
    /// The repository policy (`RepositoryPolicyText`), nil without a policy.
    public var policy: Resolved<PolicyDocument?>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, scansOnPush: Resolved<Bool>, imageTagMutability: Resolved<String>,
        encryptionType: Resolved<String>, kmsKey: Resolved<Identifier?>, policy: Resolved<PolicyDocument?>
    ) {
        self.address = address
        self.scansOnPush = scansOnPush
        self.imageTagMutability = imageTagMutability
        self.encryptionType = encryptionType
        self.kmsKey = kmsKey
        self.policy = policy
    }
}
