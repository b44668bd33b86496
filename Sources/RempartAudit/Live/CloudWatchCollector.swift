import RempartAWS
import RempartModel

/// Reads the metric alarms of the region, with their tags (for drift detection).
enum CloudWatchCollector: LiveCollector {
    static func collect(_ reader: LiveReader) async -> CollectedResources {
        let cloudWatch = CloudWatch(client: reader.client)
        guard let alarms = await reader.read("cloudwatch", "DescribeAlarms", { try await cloudWatch.describeAlarms() })
        else { return CollectedResources() }
        var collected = CollectedResources()
        collected.resources = alarms.map { alarm($0, reader) }
        let tags = await reader.map(alarms) { alarm -> (String, [String: String]) in
            guard let arn = alarm.arn else { return (alarm.name, [:]) }
            let tags = await reader.read("cloudwatch", "ListTagsForResource", resourceID: alarm.name) {
                try await cloudWatch.tags(alarmARN: arn)
            }
            return (alarm.name, tags ?? [:])
        }
        for (name, alarmTags) in tags where !alarmTags.isEmpty { collected.tags[name] = alarmTags }
        return collected
    }

    private static func alarm(_ alarm: CloudWatch.MetricAlarm, _ reader: LiveReader) -> CloudWatchAlarm {
        var model = CloudWatchAlarm(address: reader.address("AWS::CloudWatch::Alarm", alarm.name))
        let origin = model.address.origin
        model.name = .explicit(alarm.name, at: origin)
        model.namespace = .explicit(alarm.namespace, at: origin)
        model.metricName = .explicit(alarm.metricName, at: origin)
        model.statistic = .explicit(alarm.statistic, at: origin)
        model.comparisonOperator = .explicit(alarm.comparisonOperator, at: origin)
        model.threshold = .explicit(alarm.threshold, at: origin)
        model.period = .explicit(alarm.period, at: origin)
        model.evaluationPeriods = .explicit(alarm.evaluationPeriods, at: origin)
        model.datapointsToAlarm = .explicit(alarm.datapointsToAlarm, at: origin)
        model.dimensions = alarm.dimensions.keys.sorted().map { name in
            CloudWatchAlarm.Dimension(
                name: .explicit(name, at: origin),
                value: .explicit(alarm.dimensions[name].map { .literal($0) }, at: origin))
        }
        model.alarmActions = alarm.alarmActions.map { .explicit(.literal($0), at: origin) }
        return model
    }
}
