/// An AWS Transfer Family server (`AWS::Transfer::Server`).
public struct TransferServer: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// `PUBLIC` (the AWS default), `VPC` or `VPC_ENDPOINT` (`EndpointType`), nil when not set.
    public var endpointType: Resolved<String?>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, endpointType: Resolved<String?>) {
        self.address = address
        self.endpointType = endpointType
    }
}
