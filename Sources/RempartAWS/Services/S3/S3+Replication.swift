import Foundation

extension S3 {
    /// A bucket's replication configuration: the role S3 assumes and its rules.
    public struct ReplicationConfiguration: Sendable, Equatable {
        /// One replication rule.
        public struct Rule: Sendable, Equatable {
            /// The `ID` element of the response.
            public var id: String
            /// The `Priority` element of the response.
            public var priority: Int
            /// `Enabled` or `Disabled`.
            public var status: String
            /// The key prefix the rule applies to; empty for every object.
            public var prefix: String
            /// The `Destination/Bucket` element of the response.
            public var destinationBucketARN: String
            /// The `Destination/StorageClass` element of the response.
            public var storageClass: String?
            /// The KMS key that encrypts replicas; replicating SSE-KMS objects requires it.
            public var replicaKMSKeyID: String?
            /// The `DeleteMarkerReplication/Status` element of the response.
            public var replicatesDeleteMarkers: Bool

            /// Creates a rule.
            public init(
                id: String, priority: Int = 1, status: String = "Enabled", prefix: String = "",
                destinationBucketARN: String, storageClass: String? = nil, replicaKMSKeyID: String? = nil,
                replicatesDeleteMarkers: Bool = false
            ) {
                self.id = id
                self.priority = priority
                self.status = status
                self.prefix = prefix
                self.destinationBucketARN = destinationBucketARN
                self.storageClass = storageClass
                self.replicaKMSKeyID = replicaKMSKeyID
                self.replicatesDeleteMarkers = replicatesDeleteMarkers
            }
        }

        /// The `Role` element of the response.
        public var roleARN: String
        public var rules: [Rule]

        /// Creates a configuration.
        public init(roleARN: String, rules: [Rule]) {
            self.roleARN = roleARN
            self.rules = rules
        }
    }

    /// Sets the replication configuration; the bucket must be versioned (`PutBucketReplication`).
    public func putBucketReplication(_ bucket: String, _ configuration: ReplicationConfiguration) async throws {
        let rules: [XMLWriter] = configuration.rules.map { rule in
            var destination: [XMLWriter] = [.text("Bucket", rule.destinationBucketARN)]
            if let storageClass = rule.storageClass { destination.append(.text("StorageClass", storageClass)) }
            if let key = rule.replicaKMSKeyID {
                destination.append(.element("EncryptionConfiguration", [.text("ReplicaKmsKeyID", key)]))
            }
            var children: [XMLWriter] = [
                .text("ID", rule.id), .text("Priority", String(rule.priority)), .text("Status", rule.status),
                .element("Filter", [.text("Prefix", rule.prefix)]),
                .element(
                    "DeleteMarkerReplication", [.text("Status", rule.replicatesDeleteMarkers ? "Enabled" : "Disabled")]),
                .element("Destination", destination),
            ]
            if rule.replicaKMSKeyID != nil {
                children.append(
                    .element(
                        "SourceSelectionCriteria",
                        [
                            .element("SseKmsEncryptedObjects", [.text("Status", "Enabled")])
                        ]))
            }
            return .element("Rule", children)
        }
        let document = XMLWriter.element("ReplicationConfiguration", [.text("Role", configuration.roleARN)] + rules)
        try await request(
            "PutBucketReplication", method: "PUT", bucket: bucket, subresource: "replication",
            body: Data(document.document().utf8))
    }

    /// Returns the replication configuration, or nil when none is set (`GetBucketReplication`).
    public func bucketReplication(_ bucket: String) async throws -> ReplicationConfiguration? {
        try await absentOn(["ReplicationConfigurationNotFoundError"]) {
            let root = try await xmlRequest("GetBucketReplication", bucket: bucket, subresource: "replication")
            let rules = root.children("Rule").map { rule in
                ReplicationConfiguration.Rule(
                    id: rule.string("ID") ?? "", priority: rule.int("Priority") ?? 0,
                    status: rule.string("Status") ?? "",
                    prefix: rule.string("Filter/Prefix") ?? rule.string("Prefix") ?? "",
                    destinationBucketARN: rule.string("Destination/Bucket") ?? "",
                    storageClass: rule.string("Destination/StorageClass"),
                    replicaKMSKeyID: rule.string("Destination/EncryptionConfiguration/ReplicaKmsKeyID"),
                    replicatesDeleteMarkers: rule.string("DeleteMarkerReplication/Status") == "Enabled")
            }
            return ReplicationConfiguration(roleARN: root.string("Role") ?? "", rules: rules)
        }
    }

    /// Removes the replication configuration (`DeleteBucketReplication`).
    public func deleteBucketReplication(_ bucket: String) async throws {
        try await request("DeleteBucketReplication", method: "DELETE", bucket: bucket, subresource: "replication")
    }
}
