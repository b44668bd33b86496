import Foundation

/// Typed IAM operations (query protocol, API version 2010-05-08, global endpoint).
///
/// Policy documents come back URL-encoded from IAM; these methods return them decoded.
public struct IAM: Sendable {
    /// A role.
    public struct Role: Sendable, Equatable {
        /// The `RoleName` element of the response.
        public var name: String
        /// The `RoleId` element of the response.
        public var id: String
        /// The `Arn` element of the response.
        public var arn: String
        /// The `Path` element of the response.
        public var path: String
        /// The trust policy, decoded JSON text.
        public var assumeRolePolicyDocument: String
        /// The `CreateDate` element of the response.
        public var createDate: Date?

        init(_ node: XMLNode) {
            name = node.string("RoleName") ?? ""
            id = node.string("RoleId") ?? ""
            arn = node.string("Arn") ?? ""
            path = node.string("Path") ?? ""
            assumeRolePolicyDocument = URIEncoding.decode(node.string("AssumeRolePolicyDocument") ?? "")
            createDate = AWSTimestamp.parse(node.string("CreateDate"))
        }
    }

    /// An instance profile and the roles in it.
    public struct InstanceProfile: Sendable, Equatable {
        /// The `InstanceProfileName` element of the response.
        public var name: String
        /// The `InstanceProfileId` element of the response.
        public var id: String
        /// The `Arn` element of the response.
        public var arn: String
        /// The `Roles` element of the response.
        public var roleNames: [String]

        init(_ node: XMLNode) {
            name = node.string("InstanceProfileName") ?? ""
            id = node.string("InstanceProfileId") ?? ""
            arn = node.string("Arn") ?? ""
            roleNames = node.list("Roles").compactMap { $0.string("RoleName") }
        }
    }

    /// A customer managed policy.
    public struct ManagedPolicy: Sendable, Equatable {
        /// The `PolicyName` element of the response.
        public var name: String
        /// The `Arn` element of the response.
        public var arn: String
        /// The `PolicyId` element of the response.
        public var id: String
        /// The `DefaultVersionId` element of the response.
        public var defaultVersionID: String

        init(_ node: XMLNode) {
            name = node.string("PolicyName") ?? ""
            arn = node.string("Arn") ?? ""
            id = node.string("PolicyId") ?? ""
            defaultVersionID = node.string("DefaultVersionId") ?? ""
        }
    }

    /// The client that signs and sends calls.
    public var client: AWSClient

    /// Creates the IAM client.
    public init(client: AWSClient) {
        self.client = client
    }

    /// Calls `action` and returns its `<ActionResult>` element.
    public func call(_ action: String, _ parameters: [(String, QueryValue)] = []) async throws -> XMLNode {
        try await client.query(.iam, action, parameters).result(of: action)
    }

    /// Calls a list action on every page (`Marker`, `IsTruncated`) and returns the members at `list`.
    func list(_ action: String, _ parameters: [(String, QueryValue)] = [], list path: String) async throws -> [XMLNode]
    {
        try await client.paginate { marker in
            var page = parameters
            if let marker { page.append(("Marker", .string(marker))) }
            let result = try await call(action, page)
            return (result.list(path), result.bool("IsTruncated") == true ? result.string("Marker") : nil)
        }
    }

    // MARK: - Roles

    /// Creates a role with a trust policy (`CreateRole`).
    public func createRole(
        name: String, assumeRolePolicyDocument: String, path: String = "/", description: String? = nil,
        tags: [String: String] = [:]
    ) async throws -> Role {
        var parameters: [(String, QueryValue)] = [
            ("RoleName", .string(name)), ("AssumeRolePolicyDocument", .string(assumeRolePolicyDocument)),
            ("Path", .string(path)),
        ]
        if let description { parameters.append(("Description", .string(description))) }
        if !tags.isEmpty { parameters.append(("Tags", EC2.tagList(tags))) }
        return Role(try await call("CreateRole", parameters).child("Role") ?? XMLNode(name: "Role"))
    }

    /// Returns a role (`GetRole`).
    public func role(name: String) async throws -> Role {
        Role(try await call("GetRole", [("RoleName", .string(name))]).child("Role") ?? XMLNode(name: "Role"))
    }

    /// Lists roles (`ListRoles`).
    public func listRoles(pathPrefix: String? = nil) async throws -> [Role] {
        try await list("ListRoles", pathPrefix.map { [("PathPrefix", .string($0))] } ?? [], list: "Roles").map(
            Role.init)
    }

    /// Deletes a role; its policies and instance profiles must be removed first (`DeleteRole`).
    public func deleteRole(name: String) async throws {
        _ = try await call("DeleteRole", [("RoleName", .string(name))])
    }

    // MARK: - Instance profiles

    /// Creates an instance profile (`CreateInstanceProfile`).
    public func createInstanceProfile(name: String, path: String = "/") async throws -> InstanceProfile {
        let result = try await call(
            "CreateInstanceProfile", [("InstanceProfileName", .string(name)), ("Path", .string(path))])
        return InstanceProfile(result.child("InstanceProfile") ?? result)
    }

    /// Puts a role in an instance profile (`AddRoleToInstanceProfile`).
    public func addRoleToInstanceProfile(profileName: String, roleName: String) async throws {
        _ = try await call(
            "AddRoleToInstanceProfile",
            [("InstanceProfileName", .string(profileName)), ("RoleName", .string(roleName))])
    }

    /// Takes a role out of an instance profile (`RemoveRoleFromInstanceProfile`).
    public func removeRoleFromInstanceProfile(profileName: String, roleName: String) async throws {
        _ = try await call(
            "RemoveRoleFromInstanceProfile",
            [("InstanceProfileName", .string(profileName)), ("RoleName", .string(roleName))])
    }

    /// Returns an instance profile (`GetInstanceProfile`).
    public func instanceProfile(name: String) async throws -> InstanceProfile {
        let result = try await call("GetInstanceProfile", [("InstanceProfileName", .string(name))])
        return InstanceProfile(result.child("InstanceProfile") ?? result)
    }

    /// Lists instance profiles (`ListInstanceProfiles`).
    public func listInstanceProfiles() async throws -> [InstanceProfile] {
        try await list("ListInstanceProfiles", list: "InstanceProfiles").map(InstanceProfile.init)
    }

    /// Deletes an instance profile (`DeleteInstanceProfile`).
    public func deleteInstanceProfile(name: String) async throws {
        _ = try await call("DeleteInstanceProfile", [("InstanceProfileName", .string(name))])
    }

    // MARK: - Inline policies

    /// Adds or replaces an inline policy of a role (`PutRolePolicy`).
    public func putRolePolicy(roleName: String, policyName: String, document: String) async throws {
        _ = try await call(
            "PutRolePolicy",
            [
                ("RoleName", .string(roleName)), ("PolicyName", .string(policyName)),
                ("PolicyDocument", .string(document)),
            ])
    }

    /// Returns an inline policy document, decoded (`GetRolePolicy`).
    public func rolePolicy(roleName: String, policyName: String) async throws -> String {
        let result = try await call(
            "GetRolePolicy", [("RoleName", .string(roleName)), ("PolicyName", .string(policyName))])
        return URIEncoding.decode(result.string("PolicyDocument") ?? "")
    }

    /// Lists the names of a role's inline policies (`ListRolePolicies`).
    public func listRolePolicies(roleName: String) async throws -> [String] {
        try await list("ListRolePolicies", [("RoleName", .string(roleName))], list: "PolicyNames").map(\.text)
    }

    /// Removes an inline policy (`DeleteRolePolicy`).
    public func deleteRolePolicy(roleName: String, policyName: String) async throws {
        _ = try await call("DeleteRolePolicy", [("RoleName", .string(roleName)), ("PolicyName", .string(policyName))])
    }

    // MARK: - Managed policies

    /// Creates a customer managed policy (`CreatePolicy`).
    public func createPolicy(name: String, document: String, description: String? = nil) async throws -> ManagedPolicy {
        var parameters: [(String, QueryValue)] = [("PolicyName", .string(name)), ("PolicyDocument", .string(document))]
        if let description { parameters.append(("Description", .string(description))) }
        let result = try await call("CreatePolicy", parameters)
        return ManagedPolicy(result.child("Policy") ?? result)
    }

    /// Attaches a managed policy to a role (`AttachRolePolicy`).
    public func attachRolePolicy(roleName: String, policyARN: String) async throws {
        _ = try await call("AttachRolePolicy", [("RoleName", .string(roleName)), ("PolicyArn", .string(policyARN))])
    }

    /// Detaches a managed policy from a role (`DetachRolePolicy`).
    public func detachRolePolicy(roleName: String, policyARN: String) async throws {
        _ = try await call("DetachRolePolicy", [("RoleName", .string(roleName)), ("PolicyArn", .string(policyARN))])
    }

    /// Lists the managed policies attached to a role as name and ARN (`ListAttachedRolePolicies`).
    public func listAttachedRolePolicies(roleName: String) async throws -> [(name: String, arn: String)] {
        try await list("ListAttachedRolePolicies", [("RoleName", .string(roleName))], list: "AttachedPolicies").map {
            ($0.string("PolicyName") ?? "", $0.string("PolicyArn") ?? "")
        }
    }

    /// Deletes a customer managed policy (`DeletePolicy`).
    public func deletePolicy(arn: String) async throws {
        _ = try await call("DeletePolicy", [("PolicyArn", .string(arn))])
    }
}
