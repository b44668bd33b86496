import RempartAWS
import RempartSupport

/// `AWS::IAM::Role`: `CreateRole` with its trust policy and tags, then one `PutRolePolicy` per inline policy
/// and one `AttachRolePolicy` per managed policy. A role without `RoleName` gets the generated name
/// (`rempart-<deployment>-<logical ID>`), by which `find` looks it up.
struct RoleProvisioner: Provisioner {
    var resourceType: String { "AWS::IAM::Role" }
    var noun: LocalizedText { LocalizedText("IAM role", fr: "le rôle IAM") }

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

    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let name = try await input.properties().text("RoleName") ?? input.generatedName
        do {
            let role = try await input.context.services.iam.role(name: name)
            return ResourceRecord(type: resourceType, id: name, attributes: ["Arn": role.arn, "RoleId": role.id])
        } catch where AbsentResource.matches(error) {
            return nil
        }
    }

    /// Deletes the inline policies, detaches the managed ones, then deletes the role.
    func delete(_ record: ResourceRecord, context: StepContext) async throws {
        let iam = context.services.iam
        try await AbsentResource.ignoring {
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
