import RempartModel

/// Recognizes buckets that receive S3 server access logs, which trivy exempts from the
/// logging and customer-managed-key checks.
enum LogBucket {
    /// The service principal that delivers server access logs.
    static let loggingService = "logging.s3.amazonaws.com"

    /// Returns whether `bucket` receives server access logs. It does when its canned ACL is
    /// `log-delivery-write` or one of its bucket policies allows `s3:PutObject` to the logging service.
    static func receivesAccessLogs(_ bucket: S3Bucket) -> Decision {
        let byACL = Decision(bucket.acl) { $0 == "log-delivery-write" }
        let byPolicy = Decision.any(bucket.policies) { policy in
            Decision(policy.statements) { statements in
                statements.contains { $0.allows("s3:PutObject", toService: loggingService) }
            }
        }
        return byACL || byPolicy
    }
}
