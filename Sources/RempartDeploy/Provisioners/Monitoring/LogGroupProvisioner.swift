import RempartAWS
import RempartSupport

/// `AWS::Logs::LogGroup`: `CreateLogGroup` with its KMS key and tags, then `PutRetentionPolicy`.
/// Its `Arn` attribute ends in `:*`, as CloudFormation returns it.
struct LogGroupProvisioner: Provisioner {
    var resourceType: String { "AWS::Logs::LogGroup" }
    var noun: ResourceNoun { ResourceNoun("log group", fr: FrenchNoun("groupe de journaux", .masculine)) }
    var usesAccount: Bool { true }

    var settings: [ResourceSetting] {
        [
            ResourceSetting(
                name: "Retention", propertyKeys: ["RetentionInDays"],
                title: LocalizedText("Set the retention of %", fr: "Régler la rétention de %")
            ) { input, record in
                guard let days = try await input.properties()["RetentionInDays"]?.intValue else { return }
                try await input.context.services.logs.putRetentionPolicy(record.id, days: days)
            }
        ]
    }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let name = properties.text("LogGroupName") ?? input.generatedName
        try await input.context.services.logs.createLogGroup(
            name, kmsKeyID: properties.text("KmsKeyId"), tags: input.tags(properties))
        guard let account = await input.accountID() else {
            throw DeployError.unresolvedProperty(
                logicalID: input.logicalID, property: "Arn", reason: "the account ID has not been read")
        }
        let arn = "arn:aws:logs:\(input.context.services.region):\(account):log-group:\(name):*"
        return ResourceRecord(type: resourceType, id: name, attributes: ["Arn": arn])
    }

    /// Finds the log group of the construct's name, when its tags show that the step created it.
    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let name = try await input.properties().text("LogGroupName") ?? input.generatedName
        let services = input.context.services
        guard let group = try await services.logs.describeLogGroups(prefix: name).first(where: { $0.name == name })
        else { return nil }
        guard let arn = group.arn, await input.context.owns(tags: try await services.logGroupTags(arn), name: name) else {
            return nil
        }
        return ResourceRecord(type: resourceType, id: group.name, attributes: ["Arn": arn])
    }

    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        try await AbsentResource.ignoring { try await context.services.logs.deleteLogGroup(record.id) }
    }
}
