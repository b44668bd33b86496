/// A NAT gateway (`AWS::EC2::NatGateway`).
public struct NATGateway: AWSResource {
    public var address: ResourceAddress
    /// `SubnetId`, when set.
    public var subnet: Resolved<Identifier>?
    /// `AllocationId` (its Elastic IP), when set.
    public var allocation: Resolved<Identifier>?
    /// `ConnectivityType`: `public` by default, or `private`.
    public var connectivityType: Resolved<String>
    /// The state of a live gateway (`pending` or `available`), or nil for a template gateway.
    public var state: Resolved<String>?

    /// Creates a NAT gateway.
    public init(
        address: ResourceAddress, subnet: Resolved<Identifier>?, allocation: Resolved<Identifier>?,
        connectivityType: Resolved<String>, state: Resolved<String>? = nil
    ) {
        self.address = address
        self.subnet = subnet
        self.allocation = allocation
        self.connectivityType = connectivityType
        self.state = state
    }
}
