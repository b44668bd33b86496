/// An internet gateway (`AWS::EC2::InternetGateway`) and the VPCs it is attached to.
public struct InternetGateway: AWSResource {
    public var address: ResourceAddress
    /// The VPCs of the `AWS::EC2::VPCGatewayAttachment` resources that attach this gateway.
    public var attachedVPCs: [Resolved<Identifier>]

    /// Creates an internet gateway.
    public init(address: ResourceAddress, attachedVPCs: [Resolved<Identifier>]) {
        self.address = address
        self.attachedVPCs = attachedVPCs
    }
}
