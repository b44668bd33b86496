import RempartAWS
import RempartModel

/// Reads IAM roles with their trust policy, inline policies and attached managed policies.
enum IAMCollector: LiveCollector {
    static func collect(_ reader: LiveReader) async -> CollectedResources {
        let iam = IAM(client: reader.client)
        guard let roles = await reader.read("iam", "ListRoles", { try await iam.listRoles() }) else {
            return CollectedResources()
        }
        var collected = CollectedResources()
        collected.resources = await reader.map(roles) { role in await Self.role(reader, iam, role) }
        return collected
    }

    private static func role(_ reader: LiveReader, _ iam: IAM, _ role: IAM.Role) async -> IAMRole {
        let address = reader.address("AWS::IAM::Role", role.name)
        let origin = address.origin
        async let policyNames = reader.read("iam", "ListRolePolicies", resourceID: role.name) {
            try await iam.listRolePolicies(roleName: role.name)
        }
        async let attached = reader.read("iam", "ListAttachedRolePolicies", resourceID: role.name) {
            try await iam.listAttachedRolePolicies(roleName: role.name).map(\.arn)
        }

        let inline = await reader.map(await policyNames ?? []) { name -> IAMInlinePolicy in
            let text = await reader.read("iam", "GetRolePolicy", resourceID: role.name) {
                try await iam.rolePolicy(roleName: role.name, policyName: name)
            }
            let document: Resolved<PolicyDocument> =
                text.flatMap { LivePolicyParser.document($0, at: origin) }.map { .explicit($0, at: origin) }
                ?? .unresolved("GetRolePolicy failed or returned no JSON object", at: origin)
            return IAMInlinePolicy(name: .explicit(name, at: origin), document: document, origin: origin)
        }
        let trust = LivePolicyParser.document(role.assumeRolePolicyDocument, at: origin)
        return IAMRole(
            address: address, name: .explicit(role.name, at: origin), assumeRolePolicy: .explicit(trust, at: origin),
            inlinePolicies: inline, managedPolicyARNs: (await attached ?? []).map { .explicit(.literal($0), at: origin) },
            permissionsBoundary: .defaulted(nil, at: origin))
    }
}
