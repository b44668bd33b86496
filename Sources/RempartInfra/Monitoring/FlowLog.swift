import RempartTemplate

/// An `AWS::EC2::FlowLog` of a VPC delivered to an S3 bucket.
public struct FlowLog: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::EC2::FlowLog" }
    public var attributes: ResourceAttributes
    /// The VPC, usually `vpc.ref`.
    public var resourceID: Token
    /// `ACCEPT`, `REJECT` or `ALL`.
    public var trafficType: String
    /// The bucket's ARN, usually `bucket.arn`.
    public var logDestination: Token
    /// Seconds over which packets are aggregated: 60 or 600.
    public var maxAggregationInterval: Int?
    public var tags: [Tag]

    /// Creates a flow log of a VPC.
    public init(
        _ logicalID: String, vpcID: Token, trafficType: String, bucketARN: Token, maxAggregationInterval: Int? = nil,
        tags: [Tag] = [], attributes: ResourceAttributes = ResourceAttributes()
    ) {
        self.logicalID = logicalID
        self.resourceID = vpcID
        self.trafficType = trafficType
        self.logDestination = bucketARN
        self.maxAggregationInterval = maxAggregationInterval
        self.tags = tags
        self.attributes = attributes
    }

    public var properties: Node {
        .map([
            ("ResourceId", resourceID.node),
            ("ResourceType", .string("VPC")),
            ("TrafficType", .string(trafficType)),
            ("LogDestinationType", .string("s3")),
            ("LogDestination", logDestination.node),
            ("MaxAggregationInterval", maxAggregationInterval.node),
            ("Tags", .tags(tags)),
        ])
    }
}
