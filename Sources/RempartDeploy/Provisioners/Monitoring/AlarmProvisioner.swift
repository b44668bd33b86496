import Foundation
import RempartAWS
import RempartSupport

/// `AWS::CloudWatch::Alarm`: `PutMetricAlarm` with its tags. Found again by its `AlarmName`.
struct AlarmProvisioner: Provisioner {
    var resourceType: String { "AWS::CloudWatch::Alarm" }
    var noun: ResourceNoun { ResourceNoun("alarm", fr: FrenchNoun("alarme", .feminine)) }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let logicalID = input.logicalID
        var dimensions: [String: String] = [:]
        for dimension in properties["Dimensions"]?.elements ?? [] {
            if let name = dimension.text("Name") { dimensions[name] = dimension.text("Value") ?? "" }
        }
        let name = properties.text("AlarmName") ?? input.generatedName
        let threshold = try properties.requiredText("Threshold", of: logicalID)
        let alarm = CloudWatch.MetricAlarm(
            name: name, namespace: try properties.requiredText("Namespace", of: logicalID),
            metricName: try properties.requiredText("MetricName", of: logicalID), dimensions: dimensions,
            statistic: properties.text("Statistic") ?? "Average", period: properties["Period"]?.intValue ?? 300,
            evaluationPeriods: properties["EvaluationPeriods"]?.intValue ?? 1,
            datapointsToAlarm: properties["DatapointsToAlarm"]?.intValue, threshold: Double(threshold) ?? 0,
            comparisonOperator: try properties.requiredText("ComparisonOperator", of: logicalID),
            description: properties.text("AlarmDescription"))
        try await input.context.services.putMetricAlarm(alarm, tags: input.tags(properties))
        return ResourceRecord(type: resourceType, id: name)
    }

    /// Finds the alarm of the construct's name, when its tags show that the step created it.
    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let name = try await input.properties().text("AlarmName") ?? input.generatedName
        let services = input.context.services
        guard let alarm = try await services.cloudWatch.describeAlarms(names: [name]).first(where: { $0.name == name })
        else { return nil }
        let account = await input.accountID() ?? ""
        let arn = alarm.arn ?? "arn:aws:cloudwatch:\(services.region):\(account):alarm:\(name)"
        guard await input.context.owns(tags: try await services.cloudWatch.tags(alarmARN: arn), name: name) else {
            return nil
        }
        return ResourceRecord(type: resourceType, id: alarm.name)
    }

    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        try await AbsentResource.ignoring { try await context.services.cloudWatch.deleteAlarms(names: [record.id]) }
    }
}
