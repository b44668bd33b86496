import RempartAWS
import RempartSupport

/// `AWS::KMS::Key`: `CreateKey` with its description, key policy and tags, then `EnableKeyRotation`.
/// Deleting it schedules the deletion after 7 days, the shortest wait AWS allows.
struct KMSKeyProvisioner: Provisioner {
    var resourceType: String { "AWS::KMS::Key" }
    var noun: ResourceNoun { ResourceNoun("KMS key", fr: FrenchNoun("clé KMS", .feminine)) }

    var settings: [ResourceSetting] {
        [
            ResourceSetting(
                name: "Rotation", propertyKeys: ["EnableKeyRotation"],
                title: LocalizedText("Enable rotation of %", fr: "Activer la rotation de %")
            ) { input, record in
                guard try await input.properties()["EnableKeyRotation"]?.boolValue == true else { return }
                try await input.context.services.kms.enableKeyRotation(record.id)
            }
        ]
    }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let key = try await input.context.services.kms.createKey(
            description: properties.text("Description"), policy: properties["KeyPolicy"]?.json,
            tags: input.tags(properties))
        return ResourceRecord(type: resourceType, id: key.keyID, attributes: ["Arn": key.arn, "KeyId": key.keyID])
    }

    /// Finds the key by its `rempart:deployment` and `rempart:resource` tags (`ListKeys`, then
    /// `ListResourceTags` per key), skipping keys already scheduled for deletion.
    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let context = input.context
        let kms = context.services.kms
        for key in try await kms.listKeys() {
            // Keys have no name, so a key without the deployment's tags is never taken for the step's.
            guard context.isOwned(try await context.services.kms.tags(keyID: key.id)) else { continue }
            let metadata = try await kms.describeKey(key.id)
            guard metadata.keyState != "PendingDeletion" else { continue }
            return ResourceRecord(
                type: resourceType, id: metadata.keyID, attributes: ["Arn": metadata.arn, "KeyId": metadata.keyID])
        }
        return nil
    }

    /// Schedules the deletion; a key already scheduled for deletion or gone counts as already deleted. The key's
    /// state is read first, because moto 5.2.5 schedules a key pending deletion again without an error.
    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        let kms = context.services.kms
        do {
            guard try await kms.describeKey(record.id).keyState != "PendingDeletion" else { return false }
            _ = try await kms.scheduleKeyDeletion(record.id, pendingWindowInDays: 7)
            return true
        } catch let error as AWSError where error.code == "KMSInvalidStateException" {
            return false
        } catch where AbsentResource.matches(error) {
            return false
        }
    }
}
