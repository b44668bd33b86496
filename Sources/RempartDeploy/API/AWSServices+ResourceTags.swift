import Foundation
import RempartAWS

/// Reads the tags of the resources that are found by name, so that a find can check which deployment owns them.
///
/// Trails, keys and alarms have typed tag reads in their service clients (`CloudTrail.tags(trailARN:)`,
/// `KMS.tags(keyID:)`, `CloudWatch.tags(alarmARN:)`), which the audit uses too.
extension AWSServices {
    /// Returns a log group's tags (`ListTagsForResource` of CloudWatch Logs), from its ARN with or without the
    /// trailing `:*` that `DescribeLogGroups` returns.
    func logGroupTags(_ arn: String) async throws -> [String: String] {
        let resource = arn.hasSuffix(":*") ? String(arn.dropLast(2)) : arn
        let answer = try await client.json(.logs, "ListTagsForResource", ["resourceArn": .string(resource)])
        guard case .object(let fields) = answer, case .object(let tags)? = fields["tags"] else { return [:] }
        return tags.compactMapValues { value in
            if case .string(let text) = value { return text }
            return nil
        }
    }

    /// Returns a role's ARN, ID and tags (`GetRole`).
    func roleDetails(_ name: String) async throws -> (arn: String, id: String, tags: [String: String]) {
        let result = try await iam.call("GetRole", [("RoleName", .string(name))])
        let role = result.child("Role") ?? XMLNode(name: "Role")
        return (role.string("Arn") ?? "", role.string("RoleId") ?? "", role.tags)
    }

    /// Returns an instance profile's ARN and tags (`GetInstanceProfile`).
    func instanceProfileDetails(_ name: String) async throws -> (arn: String, tags: [String: String]) {
        let result = try await iam.call("GetInstanceProfile", [("InstanceProfileName", .string(name))])
        let profile = result.child("InstanceProfile") ?? XMLNode(name: "InstanceProfile")
        return (profile.string("Arn") ?? "", profile.tags)
    }

    /// Creates an instance profile with tags (`CreateInstanceProfile`) and returns its ARN.
    func createInstanceProfile(name: String, path: String, tags: [String: String]) async throws -> String {
        let tagList = QueryValue.list(
            tags.keys.sorted().map { .structure([("Key", .string($0)), ("Value", .string(tags[$0] ?? ""))]) })
        let result = try await iam.call(
            "CreateInstanceProfile",
            [("InstanceProfileName", .string(name)), ("Path", .string(path)), ("Tags", tagList)])
        return result.string("InstanceProfile/Arn") ?? ""
    }

}
