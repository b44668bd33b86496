/// A VPC (`AWS::EC2::VPC`) with the flow logs that capture it.
public struct VPC: AWSResource {
    public var address: ResourceAddress
    /// `CidrBlock`, when set.
    public var cidrBlock: Resolved<String>?
    /// The flow logs whose `ResourceId` is this VPC, from every template of the scan.
    public var flowLogs: [FlowLog]
    /// Flow logs of the scan whose target cannot be known (an unresolved `ResourceId`); one
    /// of them may capture this VPC.
    public var undecidedFlowLogs: [FlowLog]

    /// Creates a VPC.
    public init(
        address: ResourceAddress, cidrBlock: Resolved<String>?, flowLogs: [FlowLog], undecidedFlowLogs: [FlowLog] = []
    ) {
        self.address = address
        self.cidrBlock = cidrBlock
        self.flowLogs = flowLogs
        self.undecidedFlowLogs = undecidedFlowLogs
    }
}
