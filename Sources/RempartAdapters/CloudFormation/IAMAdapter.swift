import RempartModel
import RempartTemplate

/// Reads IAM roles, users, groups, policies, access keys and instance profiles.
enum IAMAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        var resources: [any AWSResource] = []
        for (template, resource) in input.resources(ofType: "AWS::IAM::Role") {
            let reader = PropertyReader(resource, file: template.file)
            resources.append(
                IAMRole(
                    address: address(of: resource, in: template), name: reader.optionalString("RoleName"),
                    assumeRolePolicy: reader.policyDocument("AssumeRolePolicyDocument"),
                    inlinePolicies: inlinePolicies(reader), managedPolicyARNs: reader.identifiers("ManagedPolicyArns") ?? [],
                    permissionsBoundary: reader.optionalIdentifier("PermissionsBoundary")))
        }
        for (template, resource) in input.resources(ofType: "AWS::IAM::User") {
            let reader = PropertyReader(resource, file: template.file)
            resources.append(
                IAMUser(
                    address: address(of: resource, in: template), name: reader.optionalString("UserName"),
                    inlinePolicies: inlinePolicies(reader), managedPolicyARNs: reader.identifiers("ManagedPolicyArns") ?? [],
                    groups: reader.identifiers("Groups") ?? [],
                    hasLoginProfile: hasLoginProfile(reader)))
        }
        for (template, resource) in input.resources(ofType: "AWS::IAM::Group") {
            let reader = PropertyReader(resource, file: template.file)
            resources.append(
                IAMGroup(
                    address: address(of: resource, in: template), name: reader.optionalString("GroupName"),
                    inlinePolicies: inlinePolicies(reader), managedPolicyARNs: reader.identifiers("ManagedPolicyArns") ?? []))
        }
        for type in ["AWS::IAM::ManagedPolicy", "AWS::IAM::Policy"] {
            for (template, resource) in input.resources(ofType: type) {
                let reader = PropertyReader(resource, file: template.file)
                let isManaged = type == "AWS::IAM::ManagedPolicy"
                resources.append(
                    IAMPolicy(
                        address: address(of: resource, in: template),
                        name: isManaged ? reader.optionalString("ManagedPolicyName") : reader.optionalString("PolicyName"),
                        document: reader.policyDocument("PolicyDocument"), isManagedPolicy: isManaged,
                        roles: reader.identifiers("Roles") ?? [], users: reader.identifiers("Users") ?? [],
                        groups: reader.identifiers("Groups") ?? [],
                        usersOrigin: reader.node("Users").map { .source($0.location) }))
            }
        }
        for (template, resource) in input.resources(ofType: "AWS::IAM::AccessKey") {
            let reader = PropertyReader(resource, file: template.file)
            let address = address(of: resource, in: template)
            resources.append(
                IAMAccessKey(
                    address: address,
                    user: reader.identifier("UserName") ?? .unresolved("UserName is missing", at: address.origin),
                    status: reader.string("Status", default: "Active")))
        }
        for (template, resource) in input.resources(ofType: "AWS::IAM::InstanceProfile") {
            let reader = PropertyReader(resource, file: template.file)
            resources.append(
                IAMInstanceProfile(
                    address: address(of: resource, in: template), name: reader.optionalString("InstanceProfileName"),
                    roles: reader.identifiers("Roles") ?? []))
        }
        return resources
    }

    /// Reads the `Policies` property of a role, user or group.
    static func inlinePolicies(_ reader: PropertyReader) -> [IAMInlinePolicy] {
        switch reader.elements("Policies").state {
        case .unknown(let reason):
            let unknown = Resolved<PolicyDocument>.unresolved(reason, at: reader.origin)
            return [IAMInlinePolicy(name: .unresolved(reason, at: reader.origin), document: unknown, origin: reader.origin)]
        case .known(let policies):
            return policies.map { policy in
                let document: Resolved<PolicyDocument> =
                    if let node = policy.node("PolicyDocument") {
                        PolicyDocumentReader.read(node)
                    } else if let reason = policy.child("PolicyDocument").unknownReason {
                        .unresolved(reason, at: policy.origin)
                    } else {
                        .unresolved("PolicyDocument is missing", at: policy.origin)
                    }
                return IAMInlinePolicy(
                    name: policy.string("PolicyName") ?? .unresolved("PolicyName is missing", at: policy.origin),
                    document: document, origin: policy.origin)
            }
        }
    }

    private static func hasLoginProfile(_ reader: PropertyReader) -> Resolved<Bool> {
        switch reader.lookup(["LoginProfile"]) {
        case .absent: .defaulted(false, at: reader.defaultOrigin)
        case .unknown(let reason, let origin): .unresolved(reason, at: origin)
        case .value(let node): .explicit(true, at: .source(node.location))
        }
    }
}

/// Returns the address of a template resource.
func address(of resource: ResolvedResource, in template: ResolvedTemplate) -> ResourceAddress {
    .template(type: resource.type, logicalID: resource.logicalID, at: resource.location)
}
