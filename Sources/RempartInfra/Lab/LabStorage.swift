/// The lab's bucket, encrypted with a customer managed key and versioned, with its public
/// access blocked. The hardened profile adds a TLS-only policy, server access logging to a log
/// bucket, a replica bucket with replication, and a CloudTrail trail that logs the bucket's data
/// events into the log bucket. The lab bucket also receives the network stack's flow logs.
struct LabStorage: Sendable {
    let key: KMSKey
    let bucket: Bucket
    let resources: [any Construct]

    /// The suffix of the export holding the lab bucket's ARN in the hardened profile; the network
    /// stack imports it as the destination of its flow logs.
    static let bucketARNExport = "BUCKET-ARN"

    /// Builds the storage. `addsTLSPolicy` gives the baseline bucket the TLS-only policy that the
    /// lab's SDK part added and its s3.json did not; the hardened bucket always has one.
    init(_ context: LabContext, addsTLSPolicy: Bool = false) {
        let isHardened = context.profile == .hardened
        guard isHardened else {
            key = KMSKey(
                "BucketKey", description: "KMS key that encrypts the lab bucket",
                keyPolicy: PolicyDocument([KMSKey.accountAdministration(sid: "AllowAccountAdministration")]))
            bucket = Bucket(
                "LabBucket",
                bucketName: Self.baselineBucketName(context),
                encryption: BucketEncryption(kmsKeyARN: key.arn), isVersioned: true, blocksPublicAccess: true)

            let policy: [any Construct] = addsTLSPolicy ? [BucketPolicy.tlsOnly("LabBucketPolicy", for: bucket)] : []
            resources = [key, bucket] + policy
            return
        }

        let names = LabStorageNames(context)
        key = KMSKey(
            "BucketKey", description: "Encrypts the lab bucket, its replica, its access logs and its CloudTrail logs",
            keyPolicy: PolicyDocument(Self.hardenedKeyStatements(names)))
        let alias = KMSAlias(
            "BucketKeyAlias", aliasName: context.named("bucket").prefixed("alias/"), targetKeyID: key.ref)
        let encryption = BucketEncryption(kmsKeyARN: key.arn)
        let noncurrentDays = context.parameter("NoncurrentVersionDays", "90")

        // Server access logs of every bucket and the trail's files land here; S3 writes the access logs through
        // the legacy log-delivery ACL. The bucket logs its own accesses too, named by its name rather than
        // `Ref`, which CloudFormation would reject as a circular dependency.
        let accessLogBucket = Bucket(
            "AccessLogBucket", bucketName: names.logBucketName, accessControl: "LogDeliveryWrite",
            objectOwnership: "BucketOwnerPreferred", encryption: encryption, isVersioned: true,
            blocksPublicAccess: true,
            logging: BucketLogging(destinationBucketName: names.logBucketName, logFilePrefix: "log-bucket/"),
            lifecycleRules: [
                BucketLifecycleRule(
                    id: "expire-access-logs", expirationInDays: .number(365),
                    noncurrentVersionExpirationDays: noncurrentDays)
            ],
            tags: [.name(context.named("bucket-access-logs"))])
        let replica = Bucket(
            "ReplicaBucket", bucketName: names.replicaBucketName, objectOwnership: "BucketOwnerEnforced",
            encryption: encryption, isVersioned: true, blocksPublicAccess: true,
            logging: BucketLogging(destinationBucketName: accessLogBucket.name, logFilePrefix: "replica-bucket/"),
            lifecycleRules: [
                BucketLifecycleRule(id: "expire-noncurrent-versions", noncurrentVersionExpirationDays: noncurrentDays)
            ],
            tags: [.name(context.named("bucket-replica"))])
        let replicationRole = Self.replicationRole(names, replica: replica, key: key)
        bucket = Bucket(
            "LabBucket", bucketName: names.bucketName, objectOwnership: "BucketOwnerEnforced", encryption: encryption,
            isVersioned: true, blocksPublicAccess: true,
            logging: BucketLogging(destinationBucketName: accessLogBucket.name, logFilePrefix: "lab-bucket/"),
            replication: BucketReplication(
                roleARN: replicationRole.arn, ruleID: "replicate-everything", destinationBucketARN: replica.arn,
                replicaKMSKeyID: key.arn),
            lifecycleRules: [
                BucketLifecycleRule(id: "expire-noncurrent-versions", noncurrentVersionExpirationDays: noncurrentDays)
            ],
            tags: [.name(context.named("bucket"))])
        let trail = LabTrail(context, names: names, key: key, logBucket: accessLogBucket, loggedBucket: bucket)

        resources =
            [
                key, alias, accessLogBucket, trail.logBucketPolicy, bucket, Self.bucketPolicy(bucket), replica,
                BucketPolicy.tlsOnly("ReplicaBucketPolicy", for: replica), replicationRole,
            ] + trail.resources
    }

    /// Returns the baseline bucket's name: the lab's `polystudent-bucket-<account>`, or with
    /// `namesBucketByEnvironment` the same stem followed by the environment name and the account.
    private static func baselineBucketName(_ context: LabContext) -> Token {
        guard context.usesTemplateParameters else { return context.named("bucket") }
        guard context.parameters.namesBucketByEnvironment else { return .sub("polystudent-bucket-${AWS::AccountId}") }
        return .sub("polystudent-bucket-${EnvironmentName}-${AWS::AccountId}")
    }

    /// Builds the lab bucket's policy: TLS only, and the VPC flow log service may write under
    /// `AWSLogs/<account>/` after checking the bucket's ACL.
    private static func bucketPolicy(_ bucket: Bucket) -> BucketPolicy {
        let sourceAccount = PolicyStatement.Condition("StringEquals", "aws:SourceAccount", .accountID)
        return BucketPolicy(
            "LabBucketPolicy", bucket: bucket.name,
            document: PolicyDocument([
                PolicyDocument.denyInsecureTransportStatement(bucketARN: bucket.arn, bucketLogicalID: bucket.logicalID),
                PolicyStatement(
                    sid: "AWSLogDeliveryWrite", principal: .service("delivery.logs.amazonaws.com"),
                    actions: ["s3:PutObject"],
                    resources: [.sub("${\(bucket.logicalID).Arn}/AWSLogs/${AWS::AccountId}/*")],
                    conditions: [
                        sourceAccount,
                        PolicyStatement.Condition("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control"),
                    ]),
                PolicyStatement(
                    sid: "AWSLogDeliveryAclCheck", principal: .service("delivery.logs.amazonaws.com"),
                    actions: ["s3:GetBucketAcl", "s3:ListBucket"], resources: [bucket.arn], conditions: [sourceAccount]),
            ]))
    }

    /// Returns the key policy statements for the account, S3 server access logging, VPC flow logs,
    /// CloudTrail and CloudWatch Logs.
    private static func hardenedKeyStatements(_ names: LabStorageNames) -> [PolicyStatement] {
        let sourceAccount = PolicyStatement.Condition("StringEquals", "aws:SourceAccount", .accountID)
        return [
            KMSKey.accountAdministration(sid: "AccountAdministration"),
            PolicyStatement(
                sid: "FlowLogDelivery", principal: .service("delivery.logs.amazonaws.com"),
                actions: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
                resources: ["*"], conditions: [sourceAccount]),
            PolicyStatement(
                sid: "ServerAccessLogDelivery", principal: .service("logging.s3.amazonaws.com"),
                actions: ["kms:GenerateDataKey*", "kms:Decrypt"], resources: ["*"], conditions: [sourceAccount]),
            PolicyStatement(
                sid: "CloudTrailLogEncryption", principal: .service("cloudtrail.amazonaws.com"),
                actions: ["kms:GenerateDataKey*", "kms:DescribeKey"], resources: ["*"],
                conditions: [
                    PolicyStatement.Condition("StringEquals", "aws:SourceArn", names.trailARN),
                    PolicyStatement.Condition(
                        "StringLike", "kms:EncryptionContext:aws:cloudtrail:arn",
                        .sub("arn:${AWS::Partition}:cloudtrail:*:${AWS::AccountId}:trail/*")),
                ]),
            PolicyStatement(
                sid: "CloudWatchLogsEncryption", principal: .service(.sub("logs.${AWS::Region}.amazonaws.com")),
                actions: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                resources: ["*"],
                conditions: [
                    PolicyStatement.Condition("ArnEquals", "kms:EncryptionContext:aws:logs:arn", names.trailLogGroupARN)
                ]),
        ]
    }

    /// Builds the role S3 assumes to copy objects into the replica. The source bucket's ARN is built
    /// from its name, because `Fn::GetAtt` on it would make the bucket and the role depend on each other.
    private static func replicationRole(_ names: LabStorageNames, replica: Bucket, key: KMSKey) -> IAMRole {
        IAMRole(
            "ReplicationRole", description: "Lets S3 replicate the lab bucket into its replica",
            assumeRolePolicy: .assumeRole(by: "s3.amazonaws.com"),
            policies: [
                (
                    name: "replicate-lab-bucket",
                    document: PolicyDocument([
                        PolicyStatement(
                            sid: "ReadSourceConfiguration",
                            actions: ["s3:GetReplicationConfiguration", "s3:ListBucket"],
                            resources: [names.bucketARN]),
                        PolicyStatement(
                            sid: "ReadSourceObjects",
                            actions: [
                                "s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl",
                                "s3:GetObjectVersionTagging",
                            ],
                            resources: [names.bucketARN.suffixed("/*")]),
                        PolicyStatement(
                            sid: "WriteReplicas",
                            actions: ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"],
                            resources: [replica.objectsARN]),
                        PolicyStatement(
                            sid: "UseBucketKey", actions: ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"],
                            resources: [key.arn]),
                    ])
                )
            ])
    }
}
