/// A route (`AWS::EC2::Route`), folded into its route table.
public struct Route: Sendable {
    /// The `AWS::EC2::Route` resource, or for a live route an address named
    /// `TABLE-ID|DESTINATION`, since EC2 gives routes no ID of their own.
    public var address: ResourceAddress
    /// `DestinationCidrBlock` or `DestinationIpv6CidrBlock`, when set.
    public var destination: Resolved<String>?
    /// The target: `GatewayId`, `NatGatewayId`, `InstanceId`, `TransitGatewayId`,
    /// `VpcPeeringConnectionId` or `NetworkInterfaceId`, whichever is set.
    public var target: Resolved<Identifier>?
    /// The property that names the target, such as `GatewayId`.
    public var targetKind: String?
    /// The state of a live route (`active`, or `blackhole` when its target is gone), or nil for a template route.
    public var state: Resolved<String>?

    /// Creates a route.
    public init(
        address: ResourceAddress, destination: Resolved<String>?, target: Resolved<Identifier>?, targetKind: String?,
        state: Resolved<String>? = nil
    ) {
        self.address = address
        self.destination = destination
        self.target = target
        self.targetKind = targetKind
        self.state = state
    }

    /// Whether the route sends every address (`0.0.0.0/0` or `::/0`) somewhere: a default route.
    public var isDefault: Bool {
        guard let destination = destination?.value else { return false }
        return destination == "0.0.0.0/0" || destination == "::/0"
    }

    /// Whether the route is a live route whose target no longer exists.
    public var isBlackhole: Bool { state?.value == "blackhole" }
}
