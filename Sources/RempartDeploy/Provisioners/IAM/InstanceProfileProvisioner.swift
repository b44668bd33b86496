import RempartAWS
import RempartSupport

/// `AWS::IAM::InstanceProfile`: `CreateInstanceProfile`, then `AddRoleToInstanceProfile` for its role.
/// `Ref` returns the profile's name, as `RunInstances` takes it.
struct InstanceProfileProvisioner: Provisioner {
    var resourceType: String { "AWS::IAM::InstanceProfile" }
    var noun: ResourceNoun { ResourceNoun("instance profile", fr: FrenchNoun("profil d'instance", .masculine)) }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let services = input.context.services
        let name = properties.text("InstanceProfileName") ?? input.generatedName
        // CloudFormation's instance profiles take no tags; the deployment's own two mark who created it.
        let arn = try await services.createInstanceProfile(
            name: name, path: properties.text("Path") ?? "/", tags: input.context.tags())
        for role in properties.texts("Roles") {
            try await services.iam.addRoleToInstanceProfile(profileName: name, roleName: role)
        }
        return ResourceRecord(type: resourceType, id: name, attributes: ["Arn": arn])
    }

    /// Finds the profile of the construct's name, when its tags show that the step created it.
    ///
    /// NOTE: profiles made before they were tagged have no tag, so they are found only while their step is
    /// pending. A destroy without the state file reports such a profile as left instead of deleting it.
    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let name = try await input.properties().text("InstanceProfileName") ?? input.generatedName
        let profile: (arn: String, tags: [String: String])
        do {
            profile = try await input.context.services.instanceProfileDetails(name)
        } catch where AbsentResource.matches(error) {
            return nil
        }
        guard await input.context.owns(tags: profile.tags, name: name) else { return nil }
        return ResourceRecord(type: resourceType, id: name, attributes: ["Arn": profile.arn])
    }

    /// Removes the profile's roles, then deletes it.
    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        let iam = context.services.iam
        return try await AbsentResource.ignoring {
            for role in try await iam.instanceProfile(name: record.id).roleNames {
                try await iam.removeRoleFromInstanceProfile(profileName: record.id, roleName: role)
            }
            try await iam.deleteInstanceProfile(name: record.id)
        }
    }
}
