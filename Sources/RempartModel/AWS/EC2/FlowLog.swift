/// A VPC flow log (`AWS::EC2::FlowLog`), also folded onto the VPC, subnet or network
/// interface it captures.
public struct FlowLog: AWSResource {
    public var address: ResourceAddress
    /// `ResourceType`: `VPC`, `Subnet`, `NetworkInterface`, ….
    public var resourceType: Resolved<String>?
    /// `ResourceId`: the captured resource.
    public var resource: Resolved<Identifier>?
    /// `TrafficType`: `ACCEPT`, `REJECT` or `ALL`.
    public var trafficType: Resolved<String>?
    /// `LogDestinationType`: `cloud-watch-logs` (the default), `s3` or `kinesis-data-firehose`.
    public var destinationType: Resolved<String>
    /// `LogDestination` (an ARN) or `LogGroupName`, when set.
    public var destination: Resolved<Identifier>?
    /// `FlowLogStatus` of a live flow log (`ACTIVE`), nil for templates.
    public var status: Resolved<String>?

    /// Creates a flow log.
    public init(
        address: ResourceAddress, resourceType: Resolved<String>?, resource: Resolved<Identifier>?,
        trafficType: Resolved<String>?, destinationType: Resolved<String>, destination: Resolved<Identifier>?,
        status: Resolved<String>? = nil
    ) {
        self.address = address
        self.resourceType = resourceType
        self.resource = resource
        self.trafficType = trafficType
        self.destinationType = destinationType
        self.destination = destination
        self.status = status
    }
}
