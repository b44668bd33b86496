/// A CloudTrail trail logging the lab bucket's data events: multi-region, validated,
/// encrypted with the bucket key, delivered under `cloudtrail/` in the log bucket and copied to
/// an encrypted CloudWatch Logs group.
struct LabTrail: Sendable {
    /// The log bucket's policy: TLS only, S3 server access logging, and CloudTrail's writes.
    let logBucketPolicy: BucketPolicy
    /// The log group, its writer role and the trail.
    let resources: [any Construct]

    init(_ context: LabContext, names: LabStorageNames, key: KMSKey, logBucket: Bucket, loggedBucket: Bucket) {
        let sourceTrail = PolicyStatement.Condition("StringEquals", "aws:SourceArn", names.trailARN)
        logBucketPolicy = BucketPolicy(
            "AccessLogBucketPolicy", bucket: logBucket.name,
            document: PolicyDocument([
                PolicyDocument.denyInsecureTransportStatement(
                    bucketARN: logBucket.arn, bucketLogicalID: logBucket.logicalID),
                PolicyStatement(
                    sid: "AWSCloudTrailAclCheck", principal: .service("cloudtrail.amazonaws.com"),
                    actions: ["s3:GetBucketAcl"], resources: [logBucket.arn], conditions: [sourceTrail]),
                PolicyStatement(
                    sid: "AWSCloudTrailWrite", principal: .service("cloudtrail.amazonaws.com"),
                    actions: ["s3:PutObject"],
                    resources: [.sub("${\(logBucket.logicalID).Arn}/cloudtrail/AWSLogs/${AWS::AccountId}/*")],
                    conditions: [
                        PolicyStatement.Condition("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control"),
                        sourceTrail,
                    ]),
            ]))
        let logGroup = LogGroup(
            "TrailLogGroup", logGroupName: names.trailLogGroupName, kmsKeyID: key.arn, retentionInDays: 365)
        let logRole = IAMRole(
            "TrailLogRole", description: "Lets CloudTrail write the trail's events to CloudWatch Logs",
            assumeRolePolicy: .assumeRole(by: "cloudtrail.amazonaws.com"),
            policies: [
                (
                    name: "write-trail-log-group",
                    document: PolicyDocument([
                        PolicyStatement(
                            sid: "WriteTrailEvents", actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
                            resources: [names.trailLogGroupARN.suffixed(":log-stream:*")])
                    ])
                )
            ])
        let trail = Trail(
            "Trail", trailName: names.trailName, s3BucketName: logBucket.name, s3KeyPrefix: "cloudtrail",
            kmsKeyID: key.arn, cloudWatchLogs: (logGroup.arn, logRole.arn),
            s3DataEventPrefixes: [.sub("${\(loggedBucket.logicalID).Arn}/")],
            tags: [.name(names.trailName)], attributes: ResourceAttributes(dependsOn: [logBucketPolicy.logicalID]))
        resources = [logGroup, logRole, trail]
    }
}
