/// A DynamoDB Accelerator cluster (`AWS::DAX::Cluster`).
public struct DAXCluster: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `SSESpecification.SSEEnabled`; AWS default false.
    public var isSSEEnabled: Resolved<Bool>

    /// Creates a cluster with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        isSSEEnabled = .defaulted(false, at: address.origin)
    }
}
