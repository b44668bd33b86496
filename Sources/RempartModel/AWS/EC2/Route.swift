/// A route (`AWS::EC2::Route`), folded into its route table.
public struct Route: Sendable {
    /// The `AWS::EC2::Route` resource.
    public var address: ResourceAddress
    /// `DestinationCidrBlock` or `DestinationIpv6CidrBlock`, when set.
    public var destination: Resolved<String>?
    /// The target: `GatewayId`, `NatGatewayId`, `InstanceId`, `TransitGatewayId`,
    /// `VpcPeeringConnectionId` or `NetworkInterfaceId`, whichever is set.
    public var target: Resolved<Identifier>?
    /// The property that names the target, such as `GatewayId`.
    public var targetKind: String?

    /// Creates a route.
    public init(
        address: ResourceAddress, destination: Resolved<String>?, target: Resolved<Identifier>?, targetKind: String?
    ) {
        self.address = address
        self.destination = destination
        self.target = target
        self.targetKind = targetKind
    }
}
