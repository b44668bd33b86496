import Foundation
import RempartAWS
import Testing

extension EmulatorIntegrationTests {
    @Suite struct IAMIntegrationTests {
        static let trustPolicy = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}
            """
        static let readPolicy = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}
            """
        let iam = IAM(client: Emulator.client())

        private func json(_ text: String) throws -> JSONValue {
            try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        }

        @Test func managesRolesAndInstanceProfiles() async throws {
            try await Emulator.reset()
            let roleName = Emulator.unique("lab-ec2-role")
            let profileName = Emulator.unique("lab-profile")

            let role = try await iam.createRole(
                name: roleName, assumeRolePolicyDocument: Self.trustPolicy, description: "lab instances",
                tags: ["Project": "tp4"])
            #expect(role.arn == "arn:aws:iam::123456789012:role/\(roleName)")
            #expect(
                try json(try await iam.role(name: roleName).assumeRolePolicyDocument) == (try json(Self.trustPolicy)))
            #expect(try await iam.listRoles().map(\.name).contains(roleName))

            let profile = try await iam.createInstanceProfile(name: profileName)
            #expect(profile.arn == "arn:aws:iam::123456789012:instance-profile/\(profileName)")
            try await iam.addRoleToInstanceProfile(profileName: profileName, roleName: roleName)
            #expect(try await iam.instanceProfile(name: profileName).roleNames == [roleName])
            #expect(try await iam.listInstanceProfiles().map(\.name).contains(profileName))

            try await iam.removeRoleFromInstanceProfile(profileName: profileName, roleName: roleName)
            try await iam.deleteInstanceProfile(name: profileName)
            try await iam.deleteRole(name: roleName)
            do {
                _ = try await iam.role(name: roleName)
                Issue.record("expected NoSuchEntity")
            } catch let error as AWSError {
                #expect(error.code == "NoSuchEntity")
            }
        }

        @Test func managesInlinePolicies() async throws {
            let roleName = Emulator.unique("lab-inline")
            _ = try await iam.createRole(name: roleName, assumeRolePolicyDocument: Self.trustPolicy)
            try await iam.putRolePolicy(roleName: roleName, policyName: "read", document: Self.readPolicy)
            #expect(try await iam.listRolePolicies(roleName: roleName) == ["read"])
            #expect(
                try json(try await iam.rolePolicy(roleName: roleName, policyName: "read"))
                    == (try json(Self.readPolicy)))
            try await iam.deleteRolePolicy(roleName: roleName, policyName: "read")
            #expect(try await iam.listRolePolicies(roleName: roleName) == [])
        }

        @Test func attachesManagedPolicies() async throws {
            let roleName = Emulator.unique("lab-managed")
            _ = try await iam.createRole(name: roleName, assumeRolePolicyDocument: Self.trustPolicy)
            let policy = try await iam.createPolicy(name: Emulator.unique("lab-read"), document: Self.readPolicy)
            #expect(policy.arn == "arn:aws:iam::123456789012:policy/\(policy.name)")
            #expect(policy.defaultVersionID == "v1")

            try await iam.attachRolePolicy(roleName: roleName, policyARN: policy.arn)
            let attached = try await iam.listAttachedRolePolicies(roleName: roleName)
            #expect(attached.map(\.arn) == [policy.arn])
            #expect(attached.map(\.name) == [policy.name])

            try await iam.detachRolePolicy(roleName: roleName, policyARN: policy.arn)
            #expect(try await iam.listAttachedRolePolicies(roleName: roleName).isEmpty)
            try await iam.deletePolicy(arn: policy.arn)
        }
    }
}
