/// The hardened network's logging: a KMS key, a bucket for server access logs, and a bucket
/// receiving the VPC flow logs of rejected traffic.
struct LabLogBuckets: Sendable {
    let key: KMSKey
    let accessLogBucket: Bucket
    let flowLogBucket: Bucket
    let resources: [any Construct]

    init(_ context: LabContext, vpc: VPC) {
        let sourceAccount = PolicyStatement.Condition("StringEquals", "aws:SourceAccount", .accountID)
        key = KMSKey(
            "LogKey", description: "Encrypts the VPC flow log bucket and its access log bucket",
            keyPolicy: PolicyDocument([
                KMSKey.accountAdministration(sid: "AccountAdministration"),
                PolicyStatement(
                    sid: "FlowLogDelivery", principal: .service("delivery.logs.amazonaws.com"),
                    actions: [
                        "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey",
                    ],
                    resources: ["*"], conditions: [sourceAccount]),
                PolicyStatement(
                    sid: "ServerAccessLogDelivery", principal: .service("logging.s3.amazonaws.com"),
                    actions: ["kms:GenerateDataKey*", "kms:Decrypt"], resources: ["*"], conditions: [sourceAccount]),
            ]))
        let alias = KMSAlias(
            "LogKeyAlias", aliasName: context.named("vpc-logs").prefixed("alias/"), targetKeyID: key.ref)
        let retention = context.parameter("FlowLogRetentionDays", "365")
        let encryption = BucketEncryption(kmsKeyARN: key.arn)

        // S3 server access logging writes with the legacy log-delivery ACL.
        accessLogBucket = Bucket(
            "AccessLogBucket", accessControl: "LogDeliveryWrite", objectOwnership: "BucketOwnerPreferred",
            encryption: encryption, isVersioned: true, blocksPublicAccess: true,
            lifecycleRules: [
                BucketLifecycleRule(
                    id: "expire-access-logs", expirationInDays: retention, noncurrentVersionExpirationDays: .number(30))
            ],
            tags: [.name(context.named("vpc-access-logs"))])
        flowLogBucket = Bucket(
            "FlowLogBucket", objectOwnership: "BucketOwnerEnforced", encryption: encryption, isVersioned: true,
            blocksPublicAccess: true,
            logging: BucketLogging(destinationBucketName: accessLogBucket.name, logFilePrefix: "flow-log-bucket/"),
            lifecycleRules: [
                BucketLifecycleRule(
                    id: "expire-flow-logs", expirationInDays: retention, noncurrentVersionExpirationDays: .number(30))
            ],
            tags: [.name(context.named("vpc-flow-logs"))])

        // The flow log service writes under AWSLogs/<account>/ and checks the bucket ACL first.
        let flowLogPolicy = BucketPolicy(
            "FlowLogBucketPolicy", bucket: flowLogBucket.name,
            document: PolicyDocument([
                PolicyStatement(
                    sid: "AWSLogDeliveryWrite", principal: .service("delivery.logs.amazonaws.com"),
                    actions: ["s3:PutObject"], resources: [.sub("${FlowLogBucket.Arn}/AWSLogs/${AWS::AccountId}/*")],
                    conditions: [
                        sourceAccount,
                        PolicyStatement.Condition("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control"),
                    ]),
                PolicyStatement(
                    sid: "AWSLogDeliveryAclCheck", principal: .service("delivery.logs.amazonaws.com"),
                    actions: ["s3:GetBucketAcl", "s3:ListBucket"], resources: [flowLogBucket.arn],
                    conditions: [sourceAccount]),
                PolicyDocument.denyInsecureTransportStatement(
                    bucketARN: flowLogBucket.arn, bucketLogicalID: "FlowLogBucket"),
            ]))
        let flowLog = FlowLog(
            "VPCFlowLog", vpcID: vpc.ref, trafficType: "REJECT", bucketARN: flowLogBucket.arn,
            maxAggregationInterval: 600,
            tags: [.name(context.named("vpc-reject-flow-log"))],
            attributes: ResourceAttributes(dependsOn: [flowLogPolicy.logicalID]))
        resources = [
            key, alias, accessLogBucket, BucketPolicy.tlsOnly("AccessLogBucketPolicy", for: accessLogBucket),
            flowLogBucket,
            flowLogPolicy, flowLog,
        ]
    }
}
