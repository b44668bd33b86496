import RempartAWS
import RempartSupport

/// `AWS::KMS::Key`: `CreateKey` with its description, key policy and tags, then `EnableKeyRotation`.
/// Deleting it schedules the deletion after 7 days, the shortest wait AWS allows.
struct KMSKeyProvisioner: Provisioner {
    var resourceType: String { "AWS::KMS::Key" }
    var noun: LocalizedText { LocalizedText("KMS key", fr: "la clé KMS") }

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
            let answer = try await context.services.client.json(.kms, "ListResourceTags", ["KeyId": .string(key.id)])
            var tags: [String: String] = [:]
            if case .object(let fields) = answer, case .array(let list)? = fields["Tags"] {
                for case .object(let tag) in list {
                    if case .string(let name)? = tag["TagKey"], case .string(let value)? = tag["TagValue"] {
                        tags[name] = value
                    }
                }
            }
            guard context.isOwned(tags) else { continue }
            let metadata = try await kms.describeKey(key.id)
            guard metadata.keyState != "PendingDeletion" else { continue }
            return ResourceRecord(type: resourceType, id: metadata.keyID, attributes: ["Arn": metadata.arn, "KeyId": metadata.keyID])
        }
        return nil
    }

    func delete(_ record: ResourceRecord, context: StepContext) async throws {
        do {
            _ = try await context.services.kms.scheduleKeyDeletion(record.id, pendingWindowInDays: 7)
        } catch let error as AWSError where error.code == "KMSInvalidStateException" {
            return
        } catch where AbsentResource.matches(error) {
            return
        }
    }
}
