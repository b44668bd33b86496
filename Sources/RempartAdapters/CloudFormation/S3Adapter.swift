import RempartModel
import RempartSupport
import RempartTemplate

/// Reads S3 buckets and bucket policies into the model.
///
/// Each `AWS::S3::BucketPolicy` of the scan is folded into the bucket its `Bucket` property
/// names, by `Ref` (in any file of the scan) or by the literal `BucketName`.
enum S3Adapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let policies = bucketPolicies(input)
        var resources: [any AWSResource] = buckets(input, policies: policies)
        resources += policies
        return resources
    }

    // MARK: - Buckets

    private static func buckets(_ input: AdapterInput, policies: [S3BucketPolicy]) -> [S3Bucket] {
        input.resources(ofType: "AWS::S3::Bucket").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            let name = reader.string("BucketName")
            let knownNames = [name?.value].compactMap { $0 }
            let ownPolicies = policies.filter { policy in
                guard let bucket = policy.bucket?.value else { return false }
                return resource.isNamed(by: bucket, names: knownNames)
            }
            let logging: S3BucketLogging? =
                reader.has("LoggingConfiguration")
                ? S3BucketLogging(
                    origin: reader.child("LoggingConfiguration").origin,
                    destinationBucket: reader.identifier("LoggingConfiguration", "DestinationBucketName"),
                    prefix: reader.string("LoggingConfiguration", "LogFilePrefix"))
                : nil
            let replication = reader.elements("ReplicationConfiguration", "Rules").value ?? []
            return S3Bucket(
                address: resource.address, name: name, encryptionRules: encryptionRules(reader),
                versioningStatus: reader.string("VersioningConfiguration", "Status"),
                mfaDelete: .unresolved(
                    "MFA delete cannot be set through CloudFormation; only the root user can enable it",
                    at: resource.address.origin),
                logging: logging, publicAccessBlock: publicAccessBlock(reader),
                acl: reader.string("AccessControl")?.map(cannedACL) ?? .defaulted("private", at: resource.address.origin),
                policies: ownPolicies,
                replicationDestinations: replication.compactMap { $0.identifier("Destination", "Bucket") },
                objectLockEnabled: reader.bool("ObjectLockEnabled", default: false),
                hostsWebsite: reader.has("WebsiteConfiguration"))
        }
    }

    private static func encryptionRules(_ reader: PropertyReader) -> Resolved<[S3EncryptionRule]> {
        reader.elements("BucketEncryption", "ServerSideEncryptionConfiguration").map { rules in
            rules.map { rule in
                let rule = rule.defaultingHere()
                return S3EncryptionRule(
                    origin: rule.origin, algorithm: rule.string("ServerSideEncryptionByDefault", "SSEAlgorithm"),
                    kmsKeyID: rule.identifier("ServerSideEncryptionByDefault", "KMSMasterKeyID"),
                    bucketKeyEnabled: rule.bool("BucketKeyEnabled", default: false))
            }
        }
    }

    private static func publicAccessBlock(_ reader: PropertyReader) -> S3PublicAccessBlock? {
        guard reader.has("PublicAccessBlockConfiguration") else { return nil }
        let block = reader.child("PublicAccessBlockConfiguration").defaultingHere()
        return S3PublicAccessBlock(
            origin: block.origin, blockPublicACLs: block.bool("BlockPublicAcls", default: false),
            blockPublicPolicy: block.bool("BlockPublicPolicy", default: false),
            ignorePublicACLs: block.bool("IgnorePublicAcls", default: false),
            restrictPublicBuckets: block.bool("RestrictPublicBuckets", default: false))
    }

    /// Converts a CloudFormation `AccessControl` value (`PublicRead`) to the S3 canned ACL
    /// name (`public-read`); values already in that form are kept.
    static func cannedACL(_ value: String) -> String {
        var result = ""
        for character in value {
            if character.isUppercase, !result.isEmpty { result += "-" }
            result += character.lowercased()
        }
        return result
    }

    // MARK: - Bucket policies

    private static func bucketPolicies(_ input: AdapterInput) -> [S3BucketPolicy] {
        input.resources(ofType: "AWS::S3::BucketPolicy").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            let statements = reader.elements("PolicyDocument", "Statement").map { elements in
                elements.map { statement($0.defaultingHere()) }
            }
            return S3BucketPolicy(address: resource.address, bucket: reader.identifier("Bucket"), statements: statements)
        }
    }

    private static func statement(_ reader: PropertyReader) -> S3PolicyStatement {
        var unknownReasons: [String] = []
        func texts(_ path: String...) -> [String] {
            guard let values = reader.strings(at: path) else { return [] }
            switch values.state {
            case .known(let list): return list
            case .unknown(let reason):
                unknownReasons.append(reason)
                return []
            }
        }

        let services = texts("Principal", "Service")
        var awsPrincipals = texts("Principal", "AWS")
        if let principal = reader.node("Principal"), principal.scalarText == "*" { awsPrincipals = ["*"] }
        let actions = texts("Action")
        if let reason = reader.unknownReason { unknownReasons.append(reason) }
        return S3PolicyStatement(
            origin: reader.origin,
            effect: reader.string("Effect") ?? .unresolved("Effect is missing", at: reader.origin),
            servicePrincipals: services, awsPrincipals: awsPrincipals, actions: actions,
            hasCondition: reader.has("Condition"), unknownReason: unknownReasons.first)
    }
}
