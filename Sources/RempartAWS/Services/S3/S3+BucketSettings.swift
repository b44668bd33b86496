import Foundation

extension S3 {
    /// Default encryption of a bucket.
    public struct ServerSideEncryption: Sendable, Equatable {
        /// `AES256`, `aws:kms` or `aws:kms:dsse`.
        public var algorithm: String
        /// The `ApplyServerSideEncryptionByDefault/KMSMasterKeyID` element of the response.
        public var kmsKeyID: String?
        /// The `BucketKeyEnabled` element of the response.
        public var isBucketKeyEnabled: Bool

        /// Creates an encryption setting.
        public init(algorithm: String, kmsKeyID: String? = nil, isBucketKeyEnabled: Bool = false) {
            self.algorithm = algorithm
            self.kmsKeyID = kmsKeyID
            self.isBucketKeyEnabled = isBucketKeyEnabled
        }
    }

    /// The destination of server access logs: a bucket and a key prefix.
    public struct LoggingTarget: Sendable, Equatable {
        /// The `TargetBucket` element of the response.
        public var bucket: String
        /// The `TargetPrefix` element of the response.
        public var prefix: String

        /// Creates a target.
        public init(bucket: String, prefix: String) {
            self.bucket = bucket
            self.prefix = prefix
        }
    }

    /// The four public access block switches.
    public struct PublicAccessBlock: Sendable, Equatable {
        /// The `BlockPublicAcls` element of the response.
        public var blocksPublicACLs: Bool
        /// The `IgnorePublicAcls` element of the response.
        public var ignoresPublicACLs: Bool
        /// The `BlockPublicPolicy` element of the response.
        public var blocksPublicPolicy: Bool
        /// The `RestrictPublicBuckets` element of the response.
        public var restrictsPublicBuckets: Bool

        /// Creates a block; by default every switch is on.
        public init(
            blocksPublicACLs: Bool = true, ignoresPublicACLs: Bool = true, blocksPublicPolicy: Bool = true,
            restrictsPublicBuckets: Bool = true
        ) {
            self.blocksPublicACLs = blocksPublicACLs
            self.ignoresPublicACLs = ignoresPublicACLs
            self.blocksPublicPolicy = blocksPublicPolicy
            self.restrictsPublicBuckets = restrictsPublicBuckets
        }
    }

    // MARK: - Encryption

    /// Sets default encryption (`PutBucketEncryption`).
    public func putBucketEncryption(_ bucket: String, _ encryption: ServerSideEncryption) async throws {
        var byDefault: [XMLWriter] = [.text("SSEAlgorithm", encryption.algorithm)]
        if let key = encryption.kmsKeyID { byDefault.append(.text("KMSMasterKeyID", key)) }
        let document = XMLWriter.element(
            "ServerSideEncryptionConfiguration",
            [
                .element(
                    "Rule",
                    [
                        .element("ApplyServerSideEncryptionByDefault", byDefault),
                        .text("BucketKeyEnabled", encryption.isBucketKeyEnabled ? "true" : "false"),
                    ])
            ])
        try await request(
            "PutBucketEncryption", method: "PUT", bucket: bucket, subresource: "encryption",
            body: Data(document.document().utf8))
    }

    /// Returns default encryption, or nil when none is configured (`GetBucketEncryption`).
    public func bucketEncryption(_ bucket: String) async throws -> ServerSideEncryption? {
        try await absentOn(["ServerSideEncryptionConfigurationNotFoundError"]) {
            let root = try await xmlRequest("GetBucketEncryption", bucket: bucket, subresource: "encryption")
            guard let rule = root.child("Rule") else { return nil }
            return ServerSideEncryption(
                algorithm: rule.string("ApplyServerSideEncryptionByDefault/SSEAlgorithm") ?? "",
                kmsKeyID: rule.string("ApplyServerSideEncryptionByDefault/KMSMasterKeyID"),
                isBucketKeyEnabled: rule.bool("BucketKeyEnabled") ?? false)
        } ?? nil
    }

    /// Removes default encryption (`DeleteBucketEncryption`).
    public func deleteBucketEncryption(_ bucket: String) async throws {
        try await request("DeleteBucketEncryption", method: "DELETE", bucket: bucket, subresource: "encryption")
    }

    // MARK: - Versioning

    /// Enables or suspends versioning (`PutBucketVersioning`).
    public func putBucketVersioning(_ bucket: String, isEnabled: Bool) async throws {
        let document = XMLWriter.element(
            "VersioningConfiguration", [.text("Status", isEnabled ? "Enabled" : "Suspended")])
        try await request(
            "PutBucketVersioning", method: "PUT", bucket: bucket, subresource: "versioning",
            body: Data(document.document().utf8))
    }

    /// Returns `Enabled`, `Suspended`, or nil when versioning was never configured (`GetBucketVersioning`).
    public func bucketVersioning(_ bucket: String) async throws -> String? {
        try await xmlRequest("GetBucketVersioning", bucket: bucket, subresource: "versioning").string("Status")
    }

    // MARK: - Logging

    /// Turns server access logging on (with a target) or off (nil) (`PutBucketLogging`).
    public func putBucketLogging(_ bucket: String, target: LoggingTarget?) async throws {
        var children: [XMLWriter] = []
        if let target {
            children = [
                .element(
                    "LoggingEnabled", [.text("TargetBucket", target.bucket), .text("TargetPrefix", target.prefix)])
            ]
        }
        let document = XMLWriter.element("BucketLoggingStatus", children)
        try await request(
            "PutBucketLogging", method: "PUT", bucket: bucket, subresource: "logging",
            body: Data(document.document().utf8))
    }

    /// Returns the logging target, or nil when logging is off (`GetBucketLogging`).
    public func bucketLogging(_ bucket: String) async throws -> LoggingTarget? {
        let root = try await xmlRequest("GetBucketLogging", bucket: bucket, subresource: "logging")
        guard let enabled = root.child("LoggingEnabled") else { return nil }
        return LoggingTarget(bucket: enabled.string("TargetBucket") ?? "", prefix: enabled.string("TargetPrefix") ?? "")
    }

    /// Turns logging off; S3 has no delete call for logging, so this puts an empty status.
    public func deleteBucketLogging(_ bucket: String) async throws {
        try await putBucketLogging(bucket, target: nil)
    }

    // MARK: - Public access block

    /// Sets the public access block (`PutPublicAccessBlock`).
    public func putPublicAccessBlock(_ bucket: String, _ block: PublicAccessBlock) async throws {
        let flag = { (value: Bool) in value ? "true" : "false" }
        let document = XMLWriter.element(
            "PublicAccessBlockConfiguration",
            [
                .text("BlockPublicAcls", flag(block.blocksPublicACLs)),
                .text("IgnorePublicAcls", flag(block.ignoresPublicACLs)),
                .text("BlockPublicPolicy", flag(block.blocksPublicPolicy)),
                .text("RestrictPublicBuckets", flag(block.restrictsPublicBuckets)),
            ])
        try await request(
            "PutPublicAccessBlock", method: "PUT", bucket: bucket, subresource: "publicAccessBlock",
            body: Data(document.document().utf8))
    }

    /// Returns the public access block, or nil when none is set (`GetPublicAccessBlock`).
    public func publicAccessBlock(_ bucket: String) async throws -> PublicAccessBlock? {
        try await absentOn(["NoSuchPublicAccessBlockConfiguration"]) {
            let root = try await xmlRequest("GetPublicAccessBlock", bucket: bucket, subresource: "publicAccessBlock")
            return PublicAccessBlock(
                blocksPublicACLs: root.bool("BlockPublicAcls") ?? false,
                ignoresPublicACLs: root.bool("IgnorePublicAcls") ?? false,
                blocksPublicPolicy: root.bool("BlockPublicPolicy") ?? false,
                restrictsPublicBuckets: root.bool("RestrictPublicBuckets") ?? false)
        }
    }

    /// Removes the public access block (`DeletePublicAccessBlock`).
    public func deletePublicAccessBlock(_ bucket: String) async throws {
        try await request("DeletePublicAccessBlock", method: "DELETE", bucket: bucket, subresource: "publicAccessBlock")
    }

    // MARK: - Policy

    /// Sets the bucket policy, a JSON document (`PutBucketPolicy`).
    public func putBucketPolicy(_ bucket: String, policy: String) async throws {
        try await request(
            "PutBucketPolicy", method: "PUT", bucket: bucket, subresource: "policy",
            headers: [HTTPHeader("Content-Type", "application/json")], body: Data(policy.utf8))
    }

    /// Returns the bucket policy, or nil when there is none (`GetBucketPolicy`).
    public func bucketPolicy(_ bucket: String) async throws -> String? {
        try await absentOn(["NoSuchBucketPolicy"]) {
            let response = try await request("GetBucketPolicy", method: "GET", bucket: bucket, subresource: "policy")
            return String(decoding: response.body, as: UTF8.self)
        }
    }

    /// Removes the bucket policy (`DeleteBucketPolicy`).
    public func deleteBucketPolicy(_ bucket: String) async throws {
        try await request("DeleteBucketPolicy", method: "DELETE", bucket: bucket, subresource: "policy")
    }
}
