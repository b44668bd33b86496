import Foundation

extension S3 {
    /// A bucket's versioning configuration as `GetBucketVersioning` returns it.
    public struct VersioningConfiguration: Sendable, Equatable {
        /// `Enabled`, `Suspended`, or nil when versioning was never configured.
        public var status: String?
        /// Whether `MfaDelete` is `Enabled`; S3 omits the element when it was never configured.
        public var isMFADeleteEnabled: Bool

        /// Creates a configuration.
        public init(status: String?, isMFADeleteEnabled: Bool) {
            self.status = status
            self.isMFADeleteEnabled = isMFADeleteEnabled
        }
    }

    /// Returns the versioning status and MFA delete setting (`GetBucketVersioning`).
    public func bucketVersioningConfiguration(_ bucket: String) async throws -> VersioningConfiguration {
        let root = try await xmlRequest("GetBucketVersioning", bucket: bucket, subresource: "versioning")
        return VersioningConfiguration(
            status: root.string("Status"), isMFADeleteEnabled: root.string("MfaDelete") == "Enabled")
    }

    /// Returns the bucket's tags, empty when it has none (`GetBucketTagging`).
    public func bucketTagging(_ bucket: String) async throws -> [String: String] {
        try await absentOn(["NoSuchTagSet"]) {
            let root = try await xmlRequest("GetBucketTagging", bucket: bucket, subresource: "tagging")
            var tags: [String: String] = [:]
            for tag in root.list("TagSet", element: "Tag") {
                tags[tag.string("Key") ?? ""] = tag.string("Value") ?? ""
            }
            return tags
        } ?? [:]
    }

    /// Replaces the bucket's tags (`PutBucketTagging`).
    public func putBucketTagging(_ bucket: String, tags: [String: String]) async throws {
        let tagElements = tags.keys.sorted().map { key in
            XMLWriter.element("Tag", [.text("Key", key), .text("Value", tags[key] ?? "")])
        }
        let document = XMLWriter.element("Tagging", [.element("TagSet", tagElements)])
        try await request(
            "PutBucketTagging", method: "PUT", bucket: bucket, subresource: "tagging",
            body: Data(document.document().utf8))
    }

    /// One grant of a bucket ACL: the grantee (a group URI, or a canonical user ID) and the permission.
    public struct Grant: Sendable, Equatable {
        /// The group URI (`http://acs.amazonaws.com/groups/global/AllUsers`) or the canonical user ID.
        public var grantee: String
        /// `READ`, `WRITE`, `READ_ACP`, `WRITE_ACP` or `FULL_CONTROL`.
        public var permission: String

        /// Creates a grant.
        public init(grantee: String, permission: String) {
            self.grantee = grantee
            self.permission = permission
        }
    }

    /// Returns the grants of the bucket's ACL (`GetBucketAcl`).
    public func bucketACL(_ bucket: String) async throws -> [Grant] {
        let root = try await xmlRequest("GetBucketAcl", bucket: bucket, subresource: "acl")
        return root.list("AccessControlList", element: "Grant").map { grant in
            Grant(
                grantee: grant.string("Grantee/URI") ?? grant.string("Grantee/ID") ?? "",
                permission: grant.string("Permission") ?? "")
        }
    }

    /// Applies a canned ACL such as `log-delivery-write` (`PutBucketAcl`).
    public func putBucketACL(_ bucket: String, cannedACL: String) async throws {
        try await request(
            "PutBucketAcl", method: "PUT", bucket: bucket, subresource: "acl", headers: [HTTPHeader("x-amz-acl", cannedACL)])
    }
}
