import RempartAWS
import RempartSupport
import RempartTemplate

/// `AWS::CloudTrail::Trail`: `CreateTrail` with its bucket, prefix, key, CloudWatch Logs delivery, flags
/// and tags, then `PutEventSelectors` and `StartLogging` when `IsLogging` is true.
struct TrailProvisioner: Provisioner {
    var resourceType: String { "AWS::CloudTrail::Trail" }
    var noun: ResourceNoun {
        ResourceNoun("CloudTrail trail", fr: FrenchNoun("journal de suivi CloudTrail", .masculine))
    }

    var settings: [ResourceSetting] {
        [
            ResourceSetting(
                name: "EventSelectors", propertyKeys: ["EventSelectors"],
                title: LocalizedText("Select the events of %", fr: "Choisir les événements de %"),
                apply: Self.selectEvents),
            ResourceSetting(
                name: "Logging", propertyKeys: ["IsLogging"],
                title: LocalizedText("Start logging of %", fr: "Démarrer la journalisation de %"),
                after: ["EventSelectors"]
            ) { input, record in
                guard try await input.properties()["IsLogging"]?.boolValue == true else { return }
                try await input.context.services.cloudTrail.startLogging(trail: record.id)
            },
        ]
    }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let name = properties.text("TrailName") ?? input.generatedName
        let tags = input.tags(properties)
        var members: [String: JSONValue] = [
            "Name": .string(name),
            "S3BucketName": .string(try properties.requiredText("S3BucketName", of: input.logicalID)),
            "TagsList": .array(
                tags.keys.sorted().map { .object(["Key": .string($0), "Value": .string(tags[$0] ?? "")]) }),
        ]
        let texts = [
            ("S3KeyPrefix", "S3KeyPrefix"), ("KMSKeyId", "KmsKeyId"), ("SnsTopicName", "SnsTopicName"),
            ("CloudWatchLogsLogGroupArn", "CloudWatchLogsLogGroupArn"),
            ("CloudWatchLogsRoleArn", "CloudWatchLogsRoleArn"),
        ]
        for (property, member) in texts {
            if let value = properties.text(property) { members[member] = .string(value) }
        }
        let flags = [
            ("IsMultiRegionTrail", "IsMultiRegionTrail"), ("IncludeGlobalServiceEvents", "IncludeGlobalServiceEvents"),
            ("EnableLogFileValidation", "EnableLogFileValidation"), ("IsOrganizationTrail", "IsOrganizationTrail"),
        ]
        for (property, member) in flags {
            if let value = properties[property]?.boolValue { members[member] = .bool(value) }
        }
        let trail = try await input.context.services.client.json(
            .cloudTrail, "CreateTrail", .object(members), as: CloudTrail.Trail.self)
        return ResourceRecord(type: resourceType, id: name, attributes: ["Arn": trail.arn ?? name])
    }

    /// Finds the trail named as the construct names it, when its tags show that the step created it. For an
    /// unknown name, moto 5.2.5 returns every trail of the account from `DescribeTrails`, so the name is checked too.
    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let name = try await input.properties().text("TrailName") ?? input.generatedName
        let services = input.context.services
        let trails: [CloudTrail.Trail]
        do {
            trails = try await services.cloudTrail.describeTrails(names: [name])
        } catch where AbsentResource.matches(error) {
            return nil
        }
        guard let trail = trails.first(where: { $0.name == name }) else { return nil }
        let arn = trail.arn ?? name
        guard await input.context.owns(tags: try await services.cloudTrail.tags(trailARN: arn), name: name) else {
            return nil
        }
        return ResourceRecord(type: resourceType, id: trail.name, attributes: ["Arn": arn])
    }

    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        try await AbsentResource.ignoring { try await context.services.cloudTrail.deleteTrail(name: record.id) }
    }

    private static func selectEvents(_ input: ProvisioningInput, _ record: ResourceRecord) async throws {
        let selectors = try await input.properties()["EventSelectors"]?.elements ?? []
        let converted: [CloudTrail.EventSelector] = selectors.map { selector in
            CloudTrail.EventSelector(
                readWriteType: selector.text("ReadWriteType") ?? "All",
                includesManagementEvents: selector["IncludeManagementEvents"]?.boolValue ?? true,
                dataResources: (selector["DataResources"]?.elements ?? []).map { resource in
                    .init(type: resource.text("Type") ?? "", values: resource.texts("Values"))
                })
        }
        try await input.context.services.cloudTrail.putEventSelectors(trail: record.id, converted)
    }
}
