/// An Amazon SageMaker model (`AWS::SageMaker::Model`).
public struct SageMakerModel: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// Whether the model's containers have no network access (`EnableNetworkIsolation`, default false).
    public var isNetworkIsolated: Resolved<Bool>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, isNetworkIsolated: Resolved<Bool>) {
        self.address = address
        self.isNetworkIsolated = isNetworkIsolated
    }
}
