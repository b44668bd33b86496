import RempartModel

/// Finds the bucket of the scan that a bucket name or link names, for rules about resources
/// that write to a bucket (trails, logs).
enum S3BucketLookup {
    /// The result of a lookup.
    enum Match {
        /// The bucket is in the scan.
        case found(S3Bucket)
        /// No bucket of the scan has that name or logical ID.
        case notInScan(String)
        /// The name cannot be known.
        case unknown(String)
    }

    /// Returns the bucket that `identifier` names: a `Ref` to a bucket, or a literal equal to
    /// a bucket's `BucketName`.
    static func bucket(_ identifier: Resolved<Identifier?>, in state: AWSState) -> Match? {
        switch identifier.state {
        case .unknown(let reason): return .unknown(reason)
        case .known(nil): return nil
        case .known(.some(let identifier)):
            let buckets = state.all(S3Bucket.self)
            if let link = identifier.link {
                let match = buckets.first { $0.address.name == link.logicalID && $0.address.file == link.file }
                return match.map { .found($0) } ?? .notInScan(link.logicalID)
            }
            let name = identifier.literal ?? ""
            let match = buckets.first { $0.name?.value == name }
            return match.map { .found($0) } ?? .notInScan(name)
        }
    }
}
