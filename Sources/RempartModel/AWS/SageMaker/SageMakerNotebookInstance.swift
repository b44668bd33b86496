/// An Amazon SageMaker notebook instance (`AWS::SageMaker::NotebookInstance`).
public struct SageMakerNotebookInstance: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The KMS key of the storage volume (`KmsKeyId`), nil for the AWS managed key.
    public var kmsKeyID: Resolved<Identifier?>
    /// The minimum instance metadata service version (`InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion`: `1` or `2`), nil when not set.
    public var minimumIMDSVersion: Resolved<String?>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, kmsKeyID: Resolved<Identifier?>, minimumIMDSVersion: Resolved<String?>
    ) {
        self.address = address
        self.kmsKeyID = kmsKeyID
        self.minimumIMDSVersion = minimumIMDSVersion
    }
}
