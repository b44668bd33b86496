/// A CloudTrail trail logging the lab bucket's data events: multi-region, validated,
/// encrypted with the bucket key, delivered to its own logged bucket and copied to an
/// encrypted CloudWatch Logs group.
struct LabTrail: Sendable {
    let resources: [any Construct]

    init(_ context: LabContext, names: LabStorageNames, key: KMSKey, accessLogBucket: Bucket, loggedBucket: Bucket) {
        let trailBucket = Bucket(
            "TrailBucket", objectOwnership: "BucketOwnerEnforced", encryption: BucketEncryption(kmsKeyARN: key.arn),
            isVersioned: true, blocksPublicAccess: true,
            logging: BucketLogging(destinationBucketName: accessLogBucket.name, logFilePrefix: "trail-bucket/"),
            tags: [.name(context.named("trail-logs"))])
        let sourceTrail = PolicyStatement.Condition("StringEquals", "aws:SourceArn", names.trailARN)
        let trailBucketPolicy = BucketPolicy(
            "TrailBucketPolicy", bucket: trailBucket.name,
            document: PolicyDocument([
                PolicyStatement(
                    sid: "AWSCloudTrailAclCheck", principal: .service("cloudtrail.amazonaws.com"),
                    actions: ["s3:GetBucketAcl"], resources: [trailBucket.arn], conditions: [sourceTrail]),
                PolicyStatement(
                    sid: "AWSCloudTrailWrite", principal: .service("cloudtrail.amazonaws.com"),
                    actions: ["s3:PutObject"],
                    resources: [.sub("${TrailBucket.Arn}/AWSLogs/${AWS::AccountId}/*")],
                    conditions: [
                        PolicyStatement.Condition("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control"),
                        sourceTrail,
                    ]),
                PolicyDocument.denyInsecureTransportStatement(
                    bucketARN: trailBucket.arn, bucketLogicalID: "TrailBucket"),
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
                            resources: [logGroup.arn])
                    ])
                )
            ])
        let trail = Trail(
            "Trail", trailName: names.trailName, s3BucketName: trailBucket.name, kmsKeyID: key.arn,
            cloudWatchLogs: (logGroup.arn, logRole.arn),
            s3DataEventPrefixes: [.sub("${\(loggedBucket.logicalID).Arn}/")],
            tags: [.name(names.trailName)], attributes: ResourceAttributes(dependsOn: [trailBucketPolicy.logicalID]))
        resources = [trailBucket, trailBucketPolicy, logGroup, logRole, trail]
    }
}
