/// A CloudWatch metric alarm (`AWS::CloudWatch::Alarm`).
public struct CloudWatchAlarm: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `AlarmName`.
    public var name: Resolved<String?>
    /// `Namespace`, such as `AWS/EC2`.
    public var namespace: Resolved<String?>
    /// `MetricName`, such as `NetworkPacketsIn`.
    public var metricName: Resolved<String?>
    /// `Statistic`, such as `Sum`.
    public var statistic: Resolved<String?>
    /// `ComparisonOperator`, such as `GreaterThanThreshold`.
    public var comparisonOperator: Resolved<String?>
    /// `Threshold`.
    public var threshold: Resolved<Double?>
    /// `Period`, in seconds.
    public var period: Resolved<Int?>
    /// `EvaluationPeriods`.
    public var evaluationPeriods: Resolved<Int?>
    /// `DatapointsToAlarm`; AWS default is `EvaluationPeriods`.
    public var datapointsToAlarm: Resolved<Int?>
    /// `Dimensions`, such as `InstanceId` with a link to an instance.
    public var dimensions: [Dimension]
    /// `AlarmActions`.
    public var alarmActions: [Resolved<Identifier>]
    /// `ActionsEnabled`; AWS default true.
    public var actionsEnabled: Resolved<Bool>

    /// One dimension of the alarm's metric.
    public struct Dimension: Hashable, Sendable {
        /// `Name`, such as `InstanceId`.
        public var name: Resolved<String?>
        /// `Value`, a literal or a link to a resource of the scan.
        public var value: Resolved<Identifier?>

        /// Creates a dimension.
        public init(name: Resolved<String?>, value: Resolved<Identifier?>) {
            self.name = name
            self.value = value
        }
    }

    /// Creates an alarm with nothing set, located at the resource.
    public init(address: ResourceAddress) {
        let origin = address.origin
        self.address = address
        name = .defaulted(nil, at: origin)
        namespace = .defaulted(nil, at: origin)
        metricName = .defaulted(nil, at: origin)
        statistic = .defaulted(nil, at: origin)
        comparisonOperator = .defaulted(nil, at: origin)
        threshold = .defaulted(nil, at: origin)
        period = .defaulted(nil, at: origin)
        evaluationPeriods = .defaulted(nil, at: origin)
        datapointsToAlarm = .defaulted(nil, at: origin)
        dimensions = []
        alarmActions = []
        actionsEnabled = .defaulted(true, at: origin)
    }
}
