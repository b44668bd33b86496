import RempartAWS
import RempartModel

/// Reads every bucket of the account with its settings.
///
/// Each bucket is read in its own task, and its eight settings (encryption, versioning with
/// MFA delete, logging, public access block, policy, replication, ACL, tags) concurrently within
/// it; the shared limit bounds the calls in flight. A setting whose read fails becomes a gap
/// and an unknown value, never a pass.
///
/// NOTE: every bucket is read through the audited region's endpoint. On AWS, a bucket in
/// another region answers its setting reads with a redirect or a region error, so its reads
/// become gaps. Reading each bucket through its own region (`GetBucketLocation`) is not done yet.
enum S3Collector: LiveCollector {
    static func collect(_ reader: LiveReader) async -> CollectedResources {
        let s3 = S3(client: reader.client)
        guard let buckets = await reader.read("s3", "ListBuckets", { try await s3.listBuckets() }) else {
            return CollectedResources()
        }
        let read = await reader.map(buckets) { bucket in await Self.bucket(reader, s3: s3, name: bucket.name) }
        var collected = CollectedResources()
        for (bucket, tags) in read {
            collected.resources.append(bucket)
            collected.tags[bucket.address.name] = tags
        }
        return collected
    }

    private static func bucket(_ reader: LiveReader, s3: S3, name: String) async -> (S3Bucket, [String: String]) {
        async let encryption = reader.read("s3", "GetBucketEncryption", resourceID: name) {
            try await s3.bucketEncryption(name)
        }
        async let versioning = reader.read("s3", "GetBucketVersioning", resourceID: name) {
            try await s3.bucketVersioningConfiguration(name)
        }
        async let logging = reader.read("s3", "GetBucketLogging", resourceID: name) { try await s3.bucketLogging(name) }
        async let block = reader.read("s3", "GetPublicAccessBlock", resourceID: name) {
            try await s3.publicAccessBlock(name)
        }
        async let policy = reader.read("s3", "GetBucketPolicy", resourceID: name) { try await s3.bucketPolicy(name) }
        async let replication = reader.read("s3", "GetBucketReplication", resourceID: name) {
            try await s3.bucketReplication(name)
        }
        async let tags = reader.read("s3", "GetBucketTagging", resourceID: name) { try await s3.bucketTagging(name) }
        async let grants = reader.read("s3", "GetBucketAcl", resourceID: name) { try await s3.bucketACL(name) }

        let address = reader.address("AWS::S3::Bucket", name)
        let mapper = S3BucketMapper(address: address)
        let bucket = S3Bucket(
            address: address, name: .explicit(name, at: address.origin),
            encryptionRules: mapper.encryptionRules(await encryption),
            versioningStatus: mapper.versioningStatus(await versioning), mfaDelete: mapper.mfaDelete(await versioning),
            logging: mapper.logging(await logging), publicAccessBlock: mapper.publicAccessBlock(await block),
            acl: mapper.cannedACL(await grants), policies: mapper.policies(await policy),
            replicationDestinations: mapper.replicationDestinations(await replication),
            objectLockEnabled: .defaulted(false, at: address.origin), hostsWebsite: false)
        return (bucket, await tags ?? [:])
    }
}
