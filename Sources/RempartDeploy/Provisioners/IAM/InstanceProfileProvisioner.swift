import RempartAWS
import RempartSupport

/// `AWS::IAM::InstanceProfile`: `CreateInstanceProfile`, then `AddRoleToInstanceProfile` for its role.
/// `Ref` returns the profile's name, as `RunInstances` takes it.
struct InstanceProfileProvisioner: Provisioner {
    var resourceType: String { "AWS::IAM::InstanceProfile" }
    var noun: LocalizedText { LocalizedText("instance profile", fr: "le profil d'instance") }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let iam = input.context.services.iam
        let name = properties.text("InstanceProfileName") ?? input.generatedName
        let profile = try await iam.createInstanceProfile(name: name, path: properties.text("Path") ?? "/")
        for role in properties.texts("Roles") {
            try await iam.addRoleToInstanceProfile(profileName: name, roleName: role)
        }
        return ResourceRecord(type: resourceType, id: name, attributes: ["Arn": profile.arn])
    }

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let name = try await input.properties().text("InstanceProfileName") ?? input.generatedName
        do {
            let profile = try await input.context.services.iam.instanceProfile(name: name)
            return ResourceRecord(type: resourceType, id: profile.name, attributes: ["Arn": profile.arn])
        } catch where AbsentResource.matches(error) {
            return nil
        }
    }

    /// Removes the profile's roles, then deletes it.
    func delete(_ record: ResourceRecord, context: StepContext) async throws {
        let iam = context.services.iam
        try await AbsentResource.ignoring {
            for role in try await iam.instanceProfile(name: record.id).roleNames {
                try await iam.removeRoleFromInstanceProfile(profileName: record.id, roleName: role)
            }
            try await iam.deleteInstanceProfile(name: record.id)
        }
    }
}
