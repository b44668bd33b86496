import RempartTemplate

/// An `AWS::CloudWatch::Alarm` on one metric of one EC2 instance.
public struct CloudWatchAlarm: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::CloudWatch::Alarm" }
    public var attributes = ResourceAttributes()
    public var alarmName: Token
    public var alarmDescription: String?
    /// The namespace, such as `AWS/EC2`.
    public var namespace: String
    /// The metric, such as `NetworkPacketsIn`.
    public var metricName: String
    /// The instance, usually `instance.ref`.
    public var instanceID: Token
    /// `Average`, `Sum`, `Maximum`, ….
    public var statistic: String
    /// The length of one datapoint, in seconds.
    public var period: Int
    /// How many datapoints are compared with the threshold.
    public var evaluationPeriods: Int
    /// How many of them must breach it.
    public var datapointsToAlarm: Int
    public var threshold: Int
    /// `GreaterThanThreshold` and the like.
    public var comparisonOperator: String

    /// Creates an alarm on an EC2 instance metric.
    public init(
        _ logicalID: String, alarmName: Token, alarmDescription: String? = nil, namespace: String = "AWS/EC2",
        metricName: String, instanceID: Token, statistic: String = "Sum", period: Int, evaluationPeriods: Int,
        datapointsToAlarm: Int, threshold: Int, comparisonOperator: String
    ) {
        self.logicalID = logicalID
        self.alarmName = alarmName
        self.alarmDescription = alarmDescription
        self.namespace = namespace
        self.metricName = metricName
        self.instanceID = instanceID
        self.statistic = statistic
        self.period = period
        self.evaluationPeriods = evaluationPeriods
        self.datapointsToAlarm = datapointsToAlarm
        self.threshold = threshold
        self.comparisonOperator = comparisonOperator
    }

    public var properties: Node {
        .map([
            ("AlarmName", alarmName.node),
            ("AlarmDescription", alarmDescription.node),
            ("Namespace", .string(namespace)),
            ("MetricName", .string(metricName)),
            ("Dimensions", .list([.map([("Name", .string("InstanceId")), ("Value", instanceID.node)])])),
            ("Statistic", .string(statistic)),
            ("Period", .number(period)),
            ("EvaluationPeriods", .number(evaluationPeriods)),
            ("DatapointsToAlarm", .number(datapointsToAlarm)),
            ("Threshold", .number(threshold)),
            ("ComparisonOperator", .string(comparisonOperator)),
        ])
    }
}
