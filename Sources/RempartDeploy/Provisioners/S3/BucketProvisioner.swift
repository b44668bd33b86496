import Foundation
import RempartAWS
import RempartSupport
import RempartTemplate

/// `AWS::S3::Bucket`: `CreateBucket` (canned ACL and object ownership as headers) and `PutBucketTagging`, then
/// one call per configuration: encryption, versioning, public access block, server access logging,
/// replication (once both buckets are versioned) and lifecycle rules. A bucket without `BucketName` gets
/// the generated name followed by the account and region, since bucket names are global.
struct BucketProvisioner: Provisioner {
    var resourceType: String { "AWS::S3::Bucket" }
    var noun: ResourceNoun { ResourceNoun("bucket", fr: FrenchNoun("compartiment", .masculine)) }

    var settings: [ResourceSetting] {
        [
            ResourceSetting(
                name: "Encryption", propertyKeys: ["BucketEncryption"],
                title: LocalizedText("Encrypt %", fr: "Chiffrer %"), apply: Self.encrypt),
            ResourceSetting(
                name: "Versioning", propertyKeys: ["VersioningConfiguration"],
                title: LocalizedText("Enable versioning on %", fr: "Activer le versionnage sur %")
            ) { input, record in
                let status = try await input.properties()["VersioningConfiguration"]?.text("Status")
                try await input.context.services.s3.putBucketVersioning(record.id, isEnabled: status == "Enabled")
            },
            ResourceSetting(
                name: "PublicAccessBlock", propertyKeys: ["PublicAccessBlockConfiguration"],
                title: LocalizedText("Block public access to %", fr: "Bloquer l'accès public à %")
            ) { input, record in
                let block = try await input.properties()["PublicAccessBlockConfiguration"]
                try await input.context.services.s3.putPublicAccessBlock(
                    record.id,
                    S3.PublicAccessBlock(
                        blocksPublicACLs: block?["BlockPublicAcls"]?.boolValue == true,
                        ignoresPublicACLs: block?["IgnorePublicAcls"]?.boolValue == true,
                        blocksPublicPolicy: block?["BlockPublicPolicy"]?.boolValue == true,
                        restrictsPublicBuckets: block?["RestrictPublicBuckets"]?.boolValue == true))
            },
            ResourceSetting(
                name: "Logging", propertyKeys: ["LoggingConfiguration"],
                title: LocalizedText(
                    "Enable server access logging on %", fr: "Activer la journalisation des accès serveur sur %")
            ) { input, record in
                let logging = try await input.properties()["LoggingConfiguration"]
                // Without a destination, CloudFormation logs into the bucket itself.
                let target = S3.LoggingTarget(
                    bucket: logging?.text("DestinationBucketName") ?? record.id,
                    prefix: logging?.text("LogFilePrefix") ?? "")
                try await input.context.services.s3.putBucketLogging(record.id, target: target)
            },
            ResourceSetting(
                name: "Replication", propertyKeys: ["ReplicationConfiguration"],
                title: LocalizedText("Replicate %", fr: "Répliquer %"), after: ["Versioning"], apply: Self.replicate),
            ResourceSetting(
                name: "Lifecycle", propertyKeys: ["LifecycleConfiguration"],
                title: LocalizedText("Set the lifecycle rules of %", fr: "Régler les règles de cycle de vie de %"),
                apply: Self.setLifecycle),
        ]
    }

    func create(_ input: ProvisioningInput) async throws -> ResourceRecord {
        let properties = try await input.properties()
        let name = try await bucketName(input, properties)
        let services = input.context.services
        let ownership = properties["OwnershipControls"]?["Rules"]?.elements?.first?.text("ObjectOwnership")
        let acl = properties.text("AccessControl").map(ProvisioningInput.kebabCase)
        try await services.createBucket(name, cannedACL: acl, objectOwnership: ownership)
        try await services.putBucketTagging(name, tags: input.tags(properties))
        return record(name, acl: acl)
    }

    /// Finds the bucket of the construct's name, when its tags show that the step created it. A bucket without
    /// tags is the step's own only while the step is pending, because `create` tags it with a second call: the
    /// tags are then applied, which completes the interrupted create.
    func find(_ input: ProvisioningInput) async throws -> ResourceRecord? {
        let properties = try await input.properties()
        let name = try await bucketName(input, properties)
        let context = input.context
        let services = context.services
        guard try await services.s3.bucketExists(name) else { return nil }
        let tags = try await services.bucketTags(name)
        guard await context.owns(tags: tags, name: name) else { return nil }
        if tags[StepContext.deploymentTagKey] == nil && context.untaggedFinds == nil {
            try await services.putBucketTagging(name, tags: input.tags(properties))
        }
        return record(name, acl: properties.text("AccessControl").map(ProvisioningInput.kebabCase))
    }

    /// Empties and deletes the bucket. Its logging goes first when it receives access logs, because emptying
    /// it would keep writing new log objects. Its policy goes next, because it may deny the calls that empty
    /// it. Then every object version and delete marker goes, a thousand per `DeleteObjects` call.
    ///
    /// Emptying is repeated while S3 returns `BucketNotEmpty`, because a log bucket can receive new access
    /// logs while the buckets logging into it are emptied.
    func delete(_ record: ResourceRecord, context: StepContext) async throws -> Bool {
        let s3 = context.services.s3
        let name = record.id
        if record.attributes["AccessControl"] == "log-delivery-write" {
            try await AbsentResource.ignoring { try await s3.putBucketLogging(name, target: nil) }
        }
        return try await AbsentResource.ignoring {
            try await s3.deleteBucketPolicy(name)
            for attempt in 1...5 {
                // Keys that fail stay in the bucket, so the deletion below fails with BucketNotEmpty and the loop retries.
                try await s3.deleteObjects(bucket: name, try await s3.listObjectVersions(bucket: name))
                do {
                    try await s3.deleteBucket(name)
                    return
                } catch let error as AWSError where error.code == "BucketNotEmpty" && attempt < 5 {
                    try await Task.sleep(nanoseconds: 200_000_000)
                }
            }
        }
    }

    // MARK: - Helpers

    /// `BucketName`, or the generated name with the account and region.
    private func bucketName(_ input: ProvisioningInput, _ properties: Node) async throws -> String {
        if let name = properties.text("BucketName") { return name }
        guard let account = await input.accountID() else {
            throw DeployError.unresolvedProperty(
                logicalID: input.logicalID, property: "BucketName", reason: "the account ID has not been read")
        }
        return input.generatedBucketName(account: account)
    }

    private func record(_ name: String, acl: String?) -> ResourceRecord {
        var attributes = [
            "Arn": "arn:aws:s3:::\(name)", "DomainName": "\(name).s3.amazonaws.com",
        ]
        if let acl { attributes["AccessControl"] = acl }
        return ResourceRecord(type: resourceType, id: name, attributes: attributes)
    }

    private static func encrypt(_ input: ProvisioningInput, _ record: ResourceRecord) async throws {
        let rule = try await input.properties()["BucketEncryption"]?["ServerSideEncryptionConfiguration"]?.elements?
            .first
        let byDefault = rule?["ServerSideEncryptionByDefault"]
        try await input.context.services.s3.putBucketEncryption(
            record.id,
            S3.ServerSideEncryption(
                algorithm: byDefault?.text("SSEAlgorithm") ?? "AES256", kmsKeyID: byDefault?.text("KMSMasterKeyID"),
                isBucketKeyEnabled: rule?["BucketKeyEnabled"]?.boolValue == true))
    }

    private static func replicate(_ input: ProvisioningInput, _ record: ResourceRecord) async throws {
        let replication = try await input.properties()["ReplicationConfiguration"]
        let role = try replication?.requiredText("Role", of: input.logicalID) ?? ""
        let rules = try (replication?["Rules"]?.elements ?? []).enumerated().map { index, rule in
            S3.ReplicationConfiguration.Rule(
                id: rule.text("Id") ?? "rule-\(index + 1)", priority: rule["Priority"]?.intValue ?? index + 1,
                status: rule.text("Status") ?? "Enabled",
                prefix: rule["Filter"]?.text("Prefix") ?? rule.text("Prefix") ?? "",
                destinationBucketARN: try rule["Destination"]?.requiredText("Bucket", of: input.logicalID) ?? "",
                storageClass: rule["Destination"]?.text("StorageClass"),
                replicaKMSKeyID: rule["Destination"]?["EncryptionConfiguration"]?.text("ReplicaKmsKeyID"),
                replicatesDeleteMarkers: rule["DeleteMarkerReplication"]?.text("Status") == "Enabled")
        }
        try await input.context.services.s3.putBucketReplication(
            record.id, S3.ReplicationConfiguration(roleARN: role, rules: rules))
    }

    private static func setLifecycle(_ input: ProvisioningInput, _ record: ResourceRecord) async throws {
        let rules = try await input.properties()["LifecycleConfiguration"]?["Rules"]?.elements ?? []
        let elements: [XMLWriter] = rules.map { rule in
            var children: [XMLWriter] = []
            if let id = rule.text("Id") { children.append(.text("ID", id)) }
            children.append(.element("Filter", [.text("Prefix", rule.text("Prefix") ?? "")]))
            children.append(.text("Status", rule.text("Status") ?? "Enabled"))
            if let days = rule.text("ExpirationInDays") {
                children.append(.element("Expiration", [.text("Days", days)]))
            }
            if let days = rule["NoncurrentVersionExpiration"]?.text("NoncurrentDays") {
                children.append(.element("NoncurrentVersionExpiration", [.text("NoncurrentDays", days)]))
            }
            return .element("Rule", children)
        }
        try await input.context.services.putBucketLifecycle(record.id, .element("LifecycleConfiguration", elements))
    }
}
