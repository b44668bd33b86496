import RempartModel
import RempartTemplate

/// Reads CloudWatch alarms and CloudWatch Logs log groups.
enum CloudWatchAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        var resources: [any AWSResource] = []
        for (template, resource) in input.resources(ofType: "AWS::CloudWatch::Alarm") {
            let reader = PropertyReader(resource, file: template.file)
            var alarm = CloudWatchAlarm(address: address(of: resource, in: template))
            alarm.name = reader.optionalString("AlarmName")
            alarm.namespace = reader.optionalString("Namespace")
            alarm.metricName = reader.optionalString("MetricName")
            alarm.statistic = reader.optionalString("Statistic")
            alarm.comparisonOperator = reader.optionalString("ComparisonOperator")
            alarm.threshold = reader.optionalDouble("Threshold")
            alarm.period = reader.optionalInt("Period")
            alarm.evaluationPeriods = reader.optionalInt("EvaluationPeriods")
            alarm.datapointsToAlarm = reader.optionalInt("DatapointsToAlarm")
            alarm.alarmActions = reader.identifiers("AlarmActions") ?? []
            alarm.actionsEnabled = reader.bool("ActionsEnabled", default: true)
            if case .known(let dimensions) = reader.elements("Dimensions").state {
                alarm.dimensions = dimensions.map {
                    CloudWatchAlarm.Dimension(name: $0.optionalString("Name"), value: $0.optionalIdentifier("Value"))
                }
            }
            resources.append(alarm)
        }
        for (template, resource) in input.resources(ofType: "AWS::Logs::LogGroup") {
            let reader = PropertyReader(resource, file: template.file)
            var group = CloudWatchLogGroup(address: address(of: resource, in: template))
            group.name = reader.optionalString("LogGroupName")
            group.kmsKeyID = reader.optionalIdentifier("KmsKeyId")
            group.retentionInDays = reader.optionalInt("RetentionInDays")
            resources.append(group)
        }
        return resources
    }
}
