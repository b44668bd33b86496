import Foundation

/// Typed CloudWatch alarm operations (query protocol, API version 2010-08-01).
public struct CloudWatch: Sendable {
    /// A metric alarm, as put and as described.
    public struct MetricAlarm: Sendable, Equatable {
        /// The `AlarmName` element of the response.
        public var name: String
        /// The `Namespace` element of the response.
        public var namespace: String
        /// The `MetricName` element of the response.
        public var metricName: String
        /// Dimension name to value, such as `InstanceId`.
        public var dimensions: [String: String]
        /// `Average`, `Sum`, `Maximum`, …
        public var statistic: String
        /// Seconds per datapoint.
        public var period: Int
        /// The `EvaluationPeriods` element of the response.
        public var evaluationPeriods: Int
        /// The `DatapointsToAlarm` element of the response.
        public var datapointsToAlarm: Int?
        /// The `Threshold` element of the response.
        public var threshold: Double
        /// `GreaterThanThreshold`, `LessThanThreshold`, …
        public var comparisonOperator: String
        public var alarmActions: [String]
        /// The `AlarmDescription` element of the response.
        public var description: String?
        /// `OK`, `ALARM` or `INSUFFICIENT_DATA`; only in describe results.
        public var stateValue: String?
        /// The `AlarmArn` element of the response.
        public var arn: String?

        /// Creates an alarm definition.
        public init(
            name: String, namespace: String, metricName: String, dimensions: [String: String] = [:],
            statistic: String = "Sum", period: Int = 300, evaluationPeriods: Int = 1, datapointsToAlarm: Int? = nil,
            threshold: Double, comparisonOperator: String, alarmActions: [String] = [], description: String? = nil
        ) {
            self.name = name
            self.namespace = namespace
            self.metricName = metricName
            self.dimensions = dimensions
            self.statistic = statistic
            self.period = period
            self.evaluationPeriods = evaluationPeriods
            self.datapointsToAlarm = datapointsToAlarm
            self.threshold = threshold
            self.comparisonOperator = comparisonOperator
            self.alarmActions = alarmActions
            self.description = description
        }

        init(_ node: XMLNode) {
            var dimensions: [String: String] = [:]
            for dimension in node.list("Dimensions") {
                dimensions[dimension.string("Name") ?? ""] = dimension.string("Value") ?? ""
            }
            self.init(
                name: node.string("AlarmName") ?? "", namespace: node.string("Namespace") ?? "",
                metricName: node.string("MetricName") ?? "", dimensions: dimensions,
                statistic: node.string("Statistic") ?? "",
                period: node.int("Period") ?? 0, evaluationPeriods: node.int("EvaluationPeriods") ?? 0,
                datapointsToAlarm: node.int("DatapointsToAlarm"), threshold: node.double("Threshold") ?? 0,
                comparisonOperator: node.string("ComparisonOperator") ?? "",
                alarmActions: node.list("AlarmActions").map(\.text), description: node.string("AlarmDescription"))
            stateValue = node.string("StateValue")
            arn = node.string("AlarmArn")
        }
    }

    /// The client that signs and sends calls.
    public var client: AWSClient

    /// Creates the CloudWatch client.
    public init(client: AWSClient) {
        self.client = client
    }

    /// Creates or replaces a metric alarm (`PutMetricAlarm`).
    public func putMetricAlarm(_ alarm: MetricAlarm) async throws {
        var parameters: [(String, QueryValue)] = [
            ("AlarmName", .string(alarm.name)), ("Namespace", .string(alarm.namespace)),
            ("MetricName", .string(alarm.metricName)), ("Statistic", .string(alarm.statistic)),
            ("Period", .int(alarm.period)), ("EvaluationPeriods", .int(alarm.evaluationPeriods)),
            ("Threshold", .string(Self.format(alarm.threshold))),
            ("ComparisonOperator", .string(alarm.comparisonOperator)),
        ]
        if !alarm.dimensions.isEmpty {
            parameters.append(
                (
                    "Dimensions",
                    .list(
                        alarm.dimensions.keys.sorted().map {
                            .structure([("Name", .string($0)), ("Value", .string(alarm.dimensions[$0] ?? ""))])
                        })
                ))
        }
        if let datapoints = alarm.datapointsToAlarm { parameters.append(("DatapointsToAlarm", .int(datapoints))) }
        if !alarm.alarmActions.isEmpty {
            parameters.append(("AlarmActions", .list(alarm.alarmActions.map { .string($0) })))
        }
        if let description = alarm.description { parameters.append(("AlarmDescription", .string(description))) }
        _ = try await client.query(.cloudWatch, "PutMetricAlarm", parameters)
    }

    /// Lists metric alarms by name or name prefix (`DescribeAlarms`, `NextToken`).
    public func describeAlarms(names: [String] = [], namePrefix: String? = nil) async throws -> [MetricAlarm] {
        var parameters: [(String, QueryValue)] = []
        if !names.isEmpty { parameters.append(("AlarmNames", .list(names.map { .string($0) }))) }
        if let namePrefix { parameters.append(("AlarmNamePrefix", .string(namePrefix))) }
        return try await client.paginate { token in
            var page = parameters
            if let token { page.append(("NextToken", .string(token))) }
            let result = try await client.query(.cloudWatch, "DescribeAlarms", page).result(of: "DescribeAlarms")
            return (result.list("MetricAlarms").map(MetricAlarm.init), result.string("NextToken"))
        }
    }

    /// Returns the tags of the alarm with `arn` (`ListTagsForResource`).
    public func tags(alarmARN arn: String) async throws -> [String: String] {
        try await client.query(.cloudWatch, "ListTagsForResource", [("ResourceARN", .string(arn))])
            .result(of: "ListTagsForResource").tags
    }

    /// Deletes alarms (`DeleteAlarms`).
    public func deleteAlarms(names: [String]) async throws {
        _ = try await client.query(.cloudWatch, "DeleteAlarms", [("AlarmNames", .list(names.map { .string($0) }))])
    }

    private static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
