/// A subnet (`AWS::EC2::Subnet`).
public struct Subnet: AWSResource {
    public var address: ResourceAddress
    /// `VpcId`, when set.
    public var vpc: Resolved<Identifier>?
    /// `CidrBlock`, when set.
    public var cidrBlock: Resolved<String>?
    /// `MapPublicIpOnLaunch`, false by default.
    public var mapsPublicIPOnLaunch: Resolved<Bool>
    /// The flow logs whose `ResourceId` is this subnet.
    public var flowLogs: [FlowLog]
    /// `AvailabilityZone`, such as `us-east-1a`, when set.
    public var availabilityZone: Resolved<String>?

    /// Creates a subnet.
    public init(
        address: ResourceAddress, vpc: Resolved<Identifier>?, cidrBlock: Resolved<String>?,
        mapsPublicIPOnLaunch: Resolved<Bool>, flowLogs: [FlowLog] = [], availabilityZone: Resolved<String>? = nil
    ) {
        self.address = address
        self.vpc = vpc
        self.cidrBlock = cidrBlock
        self.mapsPublicIPOnLaunch = mapsPublicIPOnLaunch
        self.flowLogs = flowLogs
        self.availabilityZone = availabilityZone
    }
}
