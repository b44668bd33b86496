/// A VPC endpoint service (`AWS::EC2::VPCEndpointService`), a service offered to other
/// accounts' VPCs through AWS PrivateLink.
public struct VPCEndpointService: AWSResource {
    public var address: ResourceAddress
    /// `AcceptanceRequired`: whether each connection request waits for the owner's approval.
    /// False by default, located at the resource when absent.
    public var acceptanceRequired: Resolved<Bool>

    /// Creates a VPC endpoint service.
    public init(address: ResourceAddress, acceptanceRequired: Resolved<Bool>) {
        self.address = address
        self.acceptanceRequired = acceptanceRequired
    }
}
