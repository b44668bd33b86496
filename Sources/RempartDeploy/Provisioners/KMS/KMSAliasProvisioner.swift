import RempartAWS
import RempartSupport

/// `AWS::KMS::Alias`: `CreateAlias`. `Ref` returns the alias name.
struct KMSAliasProvisioner: Provisioner {
    var resourceType: String { "AWS::KMS::Alias" }
    var noun: ResourceNoun { ResourceNoun("KMS alias", fr: FrenchNoun("alias KMS", .masculine)) }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let name = try properties.requiredText("AliasName", of: input.logicalID)
        try await input.context.services.kms.createAlias(
            name, targetKeyID: try properties.requiredText("TargetKeyId", of: input.logicalID))
        return ResourceRecord(type: resourceType, id: name)
    }

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let name = try await input.properties().requiredText("AliasName", of: input.logicalID)
        guard try await input.context.services.kms.listAliases().contains(where: { $0.name == name }) else { return nil }
        return ResourceRecord(type: resourceType, id: name)
    }

    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        try await AbsentResource.ignoring { try await context.services.kms.deleteAlias(record.id) }
    }
}
