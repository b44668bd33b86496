/// An Amazon SageMaker domain (`AWS::SageMaker::Domain`).
public struct SageMakerDomain: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The KMS key of the domain's storage (`KmsKeyId`), nil for the AWS managed key.
    public var kmsKeyID: Resolved<Identifier?>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, kmsKeyID: Resolved<Identifier?>) {
        self.address = address
        self.kmsKeyID = kmsKeyID
    }
}
