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
}
