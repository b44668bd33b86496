/// An Amazon SageMaker data quality job definition (`AWS::SageMaker::DataQualityJobDefinition`).
public struct SageMakerDataQualityJobDefinition: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The key of the job's output (`DataQualityJobOutputConfig.KmsKeyId`), nil when not set.
    public var outputKMSKeyID: Resolved<Identifier?>
    /// The key of the processing volumes (`JobResources.ClusterConfig.VolumeKmsKeyId`), nil when not set.
    public var volumeKMSKeyID: Resolved<Identifier?>
    /// Whether traffic between instances is encrypted (`NetworkConfig.EnableInterContainerTrafficEncryption`, default false).
    public var encryptsInterContainerTraffic: Resolved<Bool>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, outputKMSKeyID: Resolved<Identifier?>, volumeKMSKeyID: Resolved<Identifier?>,
        encryptsInterContainerTraffic: Resolved<Bool>
    ) {
        self.address = address
        self.outputKMSKeyID = outputKMSKeyID
        self.volumeKMSKeyID = volumeKMSKeyID
        self.encryptsInterContainerTraffic = encryptsInterContainerTraffic
    }
}
