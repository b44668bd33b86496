import Foundation
import RempartAWS

/// The bucket and its key, the uploaded source and scan report, and the TLS-only policy.
extension LabDeploymentPlan {
    /// How a bucket's objects are encrypted by default.
    enum BucketEncryptionKind: Sendable {
        /// SSE-KMS with the deployment's key and an S3 Bucket Key.
        case kms
        /// SSE-S3, which server access log delivery requires of its target bucket.
        case s3Managed
    }

    var storageSteps: [DeploymentStep] {
        var steps = [bucketKeyStep]
        steps += bucketSteps(id: "bucket", suffix: "", title: "bucket", encryption: .kms, grantsLogDelivery: false)
        steps.append(sourceUploadStep)
        steps.append(
            bucketPolicyStep(bucket: "bucket", extraDependencies: ["source-upload"]) { [isHardened] context, bucket in
                var statements = [BucketPolicyDocument.denyInsecureTransport(bucket: bucket)]
                if isHardened {
                    statements += BucketPolicyDocument.logDelivery(
                        service: "delivery.logs.amazonaws.com", sid: "FlowLogDelivery", bucket: bucket, prefix: "",
                        account: try await context.id("account"))
                }
                return BucketPolicyDocument.document(statements)
            })
        return steps
    }

    private var bucketKeyStep: DeploymentStep {
        keyStep(
            id: "bucket-key", title: "Create KMS key for the buckets", aliasSuffix: "bucket",
            dependencies: isHardened ? ["account"] : [],
            description: { "Encrypts the buckets and the trail of Rempart deployment \($0.deployment)" },
            policy: isHardened ? Self.trailKeyPolicy : nil)
    }

    /// A KMS key with an alias, rotated yearly in the hardened profile; `policy` replaces the default key policy.
    func keyStep(
        id: String, title: String, aliasSuffix: String, dependencies: [String] = [],
        description: @escaping @Sendable (StepContext) -> String,
        policy: (@Sendable (StepContext) async throws -> String)? = nil
    ) -> DeploymentStep {
        let rotates = isHardened
        return DeploymentStep(
            id: id, title: title, resourceType: "AWS::KMS::Key", dependencies: dependencies,
            create: { context in
                let kms = context.services.kms
                let key = try await kms.createKey(
                    description: description(context), policy: try await policy?(context), tags: context.tags())
                if rotates { try await kms.enableKeyRotation(key.keyID) }
                let alias = "alias/\(context.namePrefix)-\(aliasSuffix)"
                try await kms.createAlias(alias, targetKeyID: key.keyID)
                return ResourceRecord(
                    type: "AWS::KMS::Key", id: key.keyID, attributes: ["arn": key.arn, "alias": alias])
            },
            find: { context in
                let alias = "alias/\(context.namePrefix)-\(aliasSuffix)"
                guard
                    let target = try await context.services.kms.listAliases().first(where: { $0.name == alias })?
                        .targetKeyID
                else { return nil }
                let key = try await context.services.kms.describeKey(target)
                guard key.keyState != "PendingDeletion" else { return nil }
                return ResourceRecord(
                    type: "AWS::KMS::Key", id: key.keyID, attributes: ["arn": key.arn, "alias": alias])
            },
            delete: { context, record in
                let kms = context.services.kms
                if let alias = record.attributes["alias"] {
                    try await AbsentResource.ignoring { try await kms.deleteAlias(alias) }
                }

                // KMS keys cannot be deleted at once: the shortest waiting period is 7 days.
                do {
                    _ = try await kms.scheduleKeyDeletion(record.id, pendingWindowInDays: 7)
                } catch let error as AWSError where error.code == "KMSInvalidStateException" {
                    return
                } catch  where AbsentResource.matches(error) {
                    return
                }
            })
    }

    /// A bucket, tagged, with default encryption, versioning and its public access blocked, as four steps.
    func bucketSteps(
        id: String, suffix: String, title: String, encryption: BucketEncryptionKind, grantsLogDelivery: Bool,
        versioned: Bool = true
    ) -> [DeploymentStep] {
        var steps = [
            DeploymentStep(
                id: id, title: "Create \(title)", resourceType: "AWS::S3::Bucket", dependencies: ["account"],
                create: { context in
                    let name = try await Self.bucketName(context, suffix: suffix)
                    try await context.services.createBucket(name, grantsLogDelivery: grantsLogDelivery)
                    try await context.services.putBucketTagging(name, tags: context.tags(name: name))
                    return ResourceRecord(type: "AWS::S3::Bucket", id: name)
                },
                find: { context in
                    let name = try await Self.bucketName(context, suffix: suffix)
                    guard try await context.services.s3.bucketExists(name) else { return nil }
                    let tags = try await context.services.bucketTags(name)
                    guard tags[StepContext.deploymentTagKey] == context.deployment else { return nil }
                    return ResourceRecord(type: "AWS::S3::Bucket", id: name)
                },
                delete: { context, record in
                    // The log bucket logs its own accesses: emptying it would keep writing new log objects.
                    if grantsLogDelivery {
                        try await AbsentResource.ignoring {
                            try await context.services.s3.putBucketLogging(record.id, target: nil)
                        }
                    }
                    try await Self.deleteBucket(record.id, services: context.services)
                }),
            DeploymentStep(
                id: "\(id)-encryption", title: "Encrypt \(title)", resourceType: "AWS::S3::BucketEncryption",
                dependencies: encryption == .kms ? [id, "bucket-key"] : [id]
            ) { context in
                let bucket = try await context.id(id)
                let settings: S3.ServerSideEncryption
                switch encryption {
                case .kms:
                    let key = try await context.record("bucket-key")
                    settings = S3.ServerSideEncryption(
                        algorithm: "aws:kms", kmsKeyID: key.attributes["arn"] ?? key.id, isBucketKeyEnabled: true)
                case .s3Managed:
                    settings = S3.ServerSideEncryption(algorithm: "AES256")
                }
                try await context.services.s3.putBucketEncryption(bucket, settings)
                return ResourceRecord(type: "AWS::S3::BucketEncryption", id: bucket)
            },
            DeploymentStep(
                id: "\(id)-public-access-block", title: "Block public access to \(title)",
                resourceType: "AWS::S3::PublicAccessBlock", dependencies: [id]
            ) { context in
                let bucket = try await context.id(id)
                try await context.services.s3.putPublicAccessBlock(
                    bucket,
                    S3.PublicAccessBlock(
                        blocksPublicACLs: true, ignoresPublicACLs: true, blocksPublicPolicy: true,
                        restrictsPublicBuckets: true))
                return ResourceRecord(type: "AWS::S3::PublicAccessBlock", id: bucket)
            },
        ]
        if versioned {
            steps.append(
                DeploymentStep(
                    id: "\(id)-versioning", title: "Enable versioning on \(title)",
                    resourceType: "AWS::S3::BucketVersioning", dependencies: [id]
                ) { context in
                    let bucket = try await context.id(id)
                    try await context.services.s3.putBucketVersioning(bucket, isEnabled: true)
                    return ResourceRecord(type: "AWS::S3::BucketVersioning", id: bucket)
                })
        }
        return steps
    }

    /// The bucket policy of `bucket`; removed with the bucket.
    func bucketPolicyStep(
        bucket: String, extraDependencies: [String] = [],
        document: @escaping @Sendable (StepContext, String) async throws -> String
    ) -> DeploymentStep {
        DeploymentStep(
            id: "\(bucket)-policy", title: "Apply TLS-only policy to \(bucket)", resourceType: "AWS::S3::BucketPolicy",
            dependencies: [bucket, "account"] + extraDependencies
        ) { context in
            let name = try await context.id(bucket)
            try await context.services.s3.putBucketPolicy(name, policy: try await document(context, name))
            return ResourceRecord(type: "AWS::S3::BucketPolicy", id: name)
        }
    }

    /// Uploads the source files under `sourcecode/` and the scan report beside them, before the TLS-only
    /// policy: the local emulator rejects every object request once a bucket has an `aws:SecureTransport` condition.
    private var sourceUploadStep: DeploymentStep {
        let files = sourceFiles
        let report = scanReport
        return DeploymentStep(
            id: "source-upload", title: "Upload source code and scan report", resourceType: "AWS::S3::Object",
            dependencies: ["bucket-encryption", "bucket-versioning", "bucket-public-access-block"]
        ) { context in
            let bucket = try await context.id("bucket")
            let s3 = context.services.s3
            try await SourceUploader(maxConcurrentUploads: 8).upload(
                files, to: bucket, prefix: Self.sourcePrefix, s3: s3)
            if let report {
                _ = try await s3.putObject(
                    bucket: bucket, key: Self.scanReportKey, body: report, contentType: "application/json")
            }
            return ResourceRecord(
                type: "AWS::S3::Object", id: "s3://\(bucket)/\(Self.sourcePrefix)",
                attributes: ["files": String(files.count), "report": report == nil ? "" : Self.scanReportKey])
        }
    }

    /// Empties and deletes a bucket: its policy first (it may deny the calls that empty it), then every
    /// object version and delete marker. A log bucket can receive new access logs while the buckets
    /// logging into it are emptied, so emptying is repeated while S3 answers `BucketNotEmpty`.
    static func deleteBucket(_ name: String, services: AWSServices) async throws {
        let s3 = services.s3
        try await AbsentResource.ignoring {
            try await s3.deleteBucketPolicy(name)
            for attempt in 1...5 {
                for version in try await s3.listObjectVersions(bucket: name) {
                    try await s3.deleteObject(bucket: name, key: version.key, versionID: version.versionID)
                }
                do {
                    try await s3.deleteBucket(name)
                    return
                } catch let error as AWSError where error.code == "BucketNotEmpty" && attempt < 5 {
                    try await Task.sleep(nanoseconds: 200_000_000)
                }
            }
        }
    }
}
