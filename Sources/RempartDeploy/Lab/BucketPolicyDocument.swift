import Foundation

/// Bucket policy documents as JSON text: the TLS-only deny and the statements log delivery services need.
enum BucketPolicyDocument {
    /// Denies every request that does not use TLS. The principal is written `{"AWS": "*"}`, which AWS treats
    /// like `"*"`, because moto 5.2.5 fails with HTTP 500 on `PutBucketLogging` when the target bucket's policy
    /// has a string principal.
    static func denyInsecureTransport(bucket: String) -> [String: Any] {
        [
            "Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": ["AWS": "*"], "Action": "s3:*",
            "Resource": ["arn:aws:s3:::\(bucket)", "arn:aws:s3:::\(bucket)/*"],
            "Condition": ["Bool": ["aws:SecureTransport": "false"]],
        ]
    }

    /// Lets `service` write under `AWSLogs/<account>/` in `bucket` after checking its ACL, as VPC flow logs
    /// (`delivery.logs.amazonaws.com`) and CloudTrail (`cloudtrail.amazonaws.com`) do.
    static func logDelivery(service: String, sid: String, bucket: String, prefix: String, account: String)
        -> [[String: Any]]
    {
        let condition: [String: Any] = ["StringEquals": ["aws:SourceAccount": account]]
        let objects = prefix.isEmpty ? "AWSLogs/\(account)/*" : "\(prefix)/AWSLogs/\(account)/*"
        return [
            [
                "Sid": "\(sid)AclCheck", "Effect": "Allow", "Principal": ["Service": service],
                "Action": "s3:GetBucketAcl", "Resource": "arn:aws:s3:::\(bucket)", "Condition": condition,
            ],
            [
                "Sid": "\(sid)Write", "Effect": "Allow", "Principal": ["Service": service], "Action": "s3:PutObject",
                "Resource": "arn:aws:s3:::\(bucket)/\(objects)",
                "Condition": [
                    "StringEquals": ["aws:SourceAccount": account, "s3:x-amz-acl": "bucket-owner-full-control"]
                ],
            ],
        ]
    }

    /// Lets S3 server access logging write under `prefix` in `bucket`.
    static func serverAccessLogDelivery(bucket: String, prefix: String, account: String) -> [String: Any] {
        [
            "Sid": "ServerAccessLogDelivery", "Effect": "Allow", "Principal": ["Service": "logging.s3.amazonaws.com"],
            "Action": "s3:PutObject", "Resource": "arn:aws:s3:::\(bucket)/\(prefix)*",
            "Condition": ["StringEquals": ["aws:SourceAccount": account]],
        ]
    }

    /// Returns a policy document holding `statements`, with sorted keys.
    static func document(_ statements: [[String: Any]]) -> String {
        let policy: [String: Any] = ["Version": "2012-10-17", "Statement": statements]
        // A dictionary of strings, arrays and dictionaries always serializes.
        let data = (try? JSONSerialization.data(withJSONObject: policy, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
