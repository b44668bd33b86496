import RempartAWS
import RempartModel

/// Turns the answers of a bucket's setting reads into model attributes.
///
/// Each argument is doubly optional: nil when the read failed (a gap, so the attribute is
/// unresolved), `.some(nil)` when S3 answered that the setting is not configured.
struct S3BucketMapper {
    /// The bucket the attributes belong to.
    let address: ResourceAddress

    private var origin: Origin { address.origin }

    func encryptionRules(_ read: S3.ServerSideEncryption??) -> Resolved<[S3EncryptionRule]> {
        guard let read else { return .unresolved("GetBucketEncryption failed", at: origin) }
        guard let encryption = read else { return .explicit([], at: origin) }
        let rule = S3EncryptionRule(
            origin: origin, algorithm: .explicit(encryption.algorithm, at: origin),
            kmsKeyID: encryption.kmsKeyID.map { .explicit(.literal($0), at: origin) },
            bucketKeyEnabled: .explicit(encryption.isBucketKeyEnabled, at: origin))
        return .explicit([rule], at: origin)
    }

    func versioningStatus(_ read: S3.VersioningConfiguration?) -> Resolved<String>? {
        guard let read else { return .unresolved("GetBucketVersioning failed", at: origin) }
        return read.status.map { .explicit($0, at: origin) }
    }

    func mfaDelete(_ read: S3.VersioningConfiguration?) -> Resolved<Bool> {
        guard let read else { return .unresolved("GetBucketVersioning failed", at: origin) }
        return .explicit(read.isMFADeleteEnabled, at: origin)
    }

    func logging(_ read: S3.LoggingTarget??) -> S3BucketLogging? {
        guard let read else {
            return S3BucketLogging(
                origin: origin, destinationBucket: .unresolved("GetBucketLogging failed", at: origin), prefix: nil)
        }
        guard let target = read else { return nil }
        return S3BucketLogging(
            origin: origin, destinationBucket: .explicit(.literal(target.bucket), at: origin),
            prefix: .explicit(target.prefix, at: origin))
    }

    func publicAccessBlock(_ read: S3.PublicAccessBlock??) -> S3PublicAccessBlock? {
        guard let read else {
            let unknown = Resolved<Bool>.unresolved("GetPublicAccessBlock failed", at: origin)
            return S3PublicAccessBlock(
                origin: origin, blockPublicACLs: unknown, blockPublicPolicy: unknown, ignorePublicACLs: unknown,
                restrictPublicBuckets: unknown)
        }
        guard let block = read else { return nil }
        return S3PublicAccessBlock(
            origin: origin, blockPublicACLs: .explicit(block.blocksPublicACLs, at: origin),
            blockPublicPolicy: .explicit(block.blocksPublicPolicy, at: origin),
            ignorePublicACLs: .explicit(block.ignoresPublicACLs, at: origin),
            restrictPublicBuckets: .explicit(block.restrictsPublicBuckets, at: origin))
    }

    func policies(_ read: String??) -> [S3BucketPolicy] {
        let policyAddress = ResourceAddress.live(type: "AWS::S3::BucketPolicy", id: address.name, region: address.region)
        let bucket = Resolved<Identifier>.explicit(.literal(address.name), at: origin)
        guard let read else {
            return [
                S3BucketPolicy(
                    address: policyAddress, bucket: bucket, statements: .unresolved("GetBucketPolicy failed", at: origin))
            ]
        }
        guard let text = read else { return [] }
        let statements: Resolved<[S3PolicyStatement]> =
            LivePolicyParser.bucketStatements(text, at: origin).map { .explicit($0, at: origin) }
            ?? .unresolved("the bucket policy is not a JSON object", at: origin)
        return [S3BucketPolicy(address: policyAddress, bucket: bucket, statements: statements)]
    }

    func replicationDestinations(_ read: S3.ReplicationConfiguration??) -> [Resolved<Identifier>] {
        guard let read else { return [.unresolved("GetBucketReplication failed", at: origin)] }
        guard let configuration = read else { return [] }
        return configuration.rules.map { .explicit(.literal($0.destinationBucketARN), at: origin) }
    }

    /// The canned ACL that the grants amount to, the way the rules name it: `public-read-write`,
    /// `public-read`, `authenticated-read`, `log-delivery-write`, else `private`.
    func cannedACL(_ read: [S3.Grant]?) -> Resolved<String> {
        guard let grants = read else { return .unresolved("GetBucketAcl failed", at: origin) }
        let groups = "http://acs.amazonaws.com/groups/"
        func grantsAny(_ group: String, _ permissions: Set<String>) -> Bool {
            grants.contains { $0.grantee == groups + group && permissions.contains($0.permission) }
        }
        let name =
            if grantsAny("global/AllUsers", ["WRITE", "FULL_CONTROL"]) {
                "public-read-write"
            } else if grantsAny("global/AllUsers", ["READ"]) {
                "public-read"
            } else if grantsAny("global/AuthenticatedUsers", ["READ", "WRITE", "FULL_CONTROL"]) {
                "authenticated-read"
            } else if grantsAny("s3/LogDelivery", ["WRITE", "FULL_CONTROL"]) {
                "log-delivery-write"
            } else {
                "private"
            }
        return .explicit(name, at: origin)
    }
}
