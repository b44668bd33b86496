import RempartAWS
import RempartSupport

/// `AWS::IAM::Role`: `CreateRole` with its trust policy and tags, then one `PutRolePolicy` per inline policy
/// and one `AttachRolePolicy` per managed policy. A role without `RoleName` gets the generated name
/// (`rempart-<deployment>-<logical ID>`), by which `find` looks it up.
struct RoleProvisioner: Provisioner {
    var resourceType: String { "AWS::IAM::Role" }
    var noun: ResourceNoun { ResourceNoun("IAM role", fr: FrenchNoun("rôle IAM", .masculine)) }

    var settings: [ResourceSetting] {
        [
            ResourceSetting(
                name: "Policies", propertyKeys: ["Policies", "ManagedPolicyArns"],
                title: LocalizedText("Attach the policies of %", fr: "Attacher les politiques de %"),
                isNeededByDependents: true
            ) { input, record in
                let properties = try await input.properties()
                let iam = input.context.services.iam
                for policy in properties["Policies"]?.elements ?? [] {
                    guard let document = policy["PolicyDocument"] else { continue }
                    try await iam.putRolePolicy(
                        roleName: record.id, policyName: try policy.requiredText("PolicyName", of: input.logicalID),
                        document: document.json)
                }
                for arn in properties.texts("ManagedPolicyArns") {
                    try await iam.attachRolePolicy(roleName: record.id, policyARN: arn)
                }
            }
        ]
    }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        guard let trust = properties["AssumeRolePolicyDocument"] else {
            throw DeployError.unresolvedProperty(
                logicalID: input.logicalID, property: "AssumeRolePolicyDocument", reason: "it is missing")
        }
        let name = properties.text("RoleName") ?? input.generatedName
        let role = try await input.context.services.iam.createRole(
            name: name, assumeRolePolicyDocument: trust.json, path: properties.text("Path") ?? "/",
            description: properties.text("Description"), tags: input.tags(properties))
        return ResourceRecord(type: resourceType, id: name, attributes: ["Arn": role.arn, "RoleId": role.id])
    }

    /// Finds the role of the construct's name, when its tags show that the step created it.
    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let name = try await input.properties().text("RoleName") ?? input.generatedName
        let role: (arn: String, id: String, tags: [String: String])
        do {
            role = try await input.context.services.roleDetails(name)
        } catch where AbsentResource.matches(error) {
            return nil
        }
        guard await input.context.owns(tags: role.tags, name: name) else { return nil }
        return ResourceRecord(type: resourceType, id: name, attributes: ["Arn": role.arn, "RoleId": role.id])
    }

    /// Deletes the inline policies, detaches the managed ones, then deletes the role.
    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        let iam = context.services.iam
        return try await AbsentResource.ignoring {
            for policy in try await iam.listRolePolicies(roleName: record.id) {
                try await iam.deleteRolePolicy(roleName: record.id, policyName: policy)
            }
            for policy in try await iam.listAttachedRolePolicies(roleName: record.id) {
                try await iam.detachRolePolicy(roleName: record.id, policyARN: policy.arn)
            }
            try await iam.deleteRole(name: record.id)
        }
    }
}
