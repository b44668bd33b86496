import Foundation
import RempartAWS

/// The hardened profile's logging and resilience: flow logs, access logs, the trail and the replica.
extension LabDeploymentPlan {
    var hardeningSteps: [DeploymentStep] {
        guard isHardened else { return [] }
        var steps = bucketSteps(
            id: "log-bucket", suffix: "-logs", title: "log bucket", encryption: .s3Managed, grantsLogDelivery: true)
        steps.append(
            bucketPolicyStep(bucket: "log-bucket") { context, bucket in
                let account = try await context.id("account")
                var statements = [
                    BucketPolicyDocument.denyInsecureTransport(bucket: bucket),
                ]
                for (sid, prefix) in [
                    ("ServerAccessLogDelivery", "lab-bucket/"), ("LogBucketAccessLogDelivery", "log-bucket/"),
                    ("ReplicaAccessLogDelivery", "replica-bucket/"),
                ] {
                    var statement = BucketPolicyDocument.serverAccessLogDelivery(
                        bucket: bucket, prefix: prefix, account: account)
                    statement["Sid"] = sid
                    statements.append(statement)
                }
                statements += BucketPolicyDocument.logDelivery(
                    service: "cloudtrail.amazonaws.com", sid: "CloudTrail", bucket: bucket, prefix: "cloudtrail",
                    account: account)
                return BucketPolicyDocument.document(statements)
            })
        steps.append(bucketLoggingStep)
        steps.append(
            accessLoggingStep(
                id: "log-bucket-logging", bucket: "log-bucket", title: "log bucket", prefix: "log-bucket/"))
        steps.append(
            accessLoggingStep(
                id: "replica-bucket-logging", bucket: "replica-bucket", title: "replica bucket",
                prefix: "replica-bucket/"))
        steps += bucketSteps(
            id: "replica-bucket", suffix: "-replica", title: "replica bucket", encryption: .kms,
            grantsLogDelivery: false)
        steps.append(
            bucketPolicyStep(bucket: "replica-bucket") { _, bucket in
                BucketPolicyDocument.document([BucketPolicyDocument.denyInsecureTransport(bucket: bucket)])
            })
        steps.append(replicationRoleStep)
        steps.append(replicationStep)
        steps.append(flowLogStep)
        steps.append(trailLogGroupStep)
        steps.append(trailLogsRoleStep)
        steps.append(trailStep)
        return steps
    }

    /// Server access logs of the bucket go to the log bucket under `lab-bucket/`.
    private var bucketLoggingStep: DeploymentStep {
        DeploymentStep(
            id: "bucket-logging", title: "Enable server access logging on bucket",
            resourceType: "AWS::S3::BucketLogging", dependencies: ["bucket", "log-bucket", "log-bucket-encryption"]
        ) { context in
            let bucket = try await context.id("bucket")
            try await context.services.s3.putBucketLogging(
                bucket, target: S3.LoggingTarget(bucket: try await context.id("log-bucket"), prefix: "lab-bucket/"))
            return ResourceRecord(type: "AWS::S3::BucketLogging", id: bucket)
        }
    }

    /// Server access logs of `bucket` go to the log bucket under `prefix`; the log bucket logs its own
    /// accesses (the trail's files) the same way.
    private func accessLoggingStep(id: String, bucket: String, title: String, prefix: String) -> DeploymentStep {
        DeploymentStep(
            id: id, title: "Enable server access logging on \(title)", resourceType: "AWS::S3::BucketLogging",
            dependencies: [bucket, "log-bucket", "log-bucket-encryption"]
        ) { context in
            let name = try await context.id(bucket)
            try await context.services.s3.putBucketLogging(
                name, target: S3.LoggingTarget(bucket: try await context.id("log-bucket"), prefix: prefix))
            return ResourceRecord(type: "AWS::S3::BucketLogging", id: name)
        }
    }

    /// The name of the trail's CloudWatch Logs group.
    static func trailLogGroupName(_ context: StepContext) -> String { "\(context.namePrefix)-trail" }

    /// The policy of the bucket key in the hardened profile: the account administers the key, and
    /// CloudTrail may also generate data keys with it for this account's trails.
    static func trailKeyPolicy(_ context: StepContext) async throws -> String {
        let account = try await context.id("account")
        let statements: [[String: Any]] = [
            [
                "Sid": "AccountAdministers", "Effect": "Allow",
                "Principal": ["AWS": "arn:aws:iam::\(account):root"], "Action": "kms:*", "Resource": "*",
            ],
            [
                "Sid": "CloudTrailEncryptsLogs", "Effect": "Allow",
                "Principal": ["Service": "cloudtrail.amazonaws.com"], "Action": "kms:GenerateDataKey*",
                "Resource": "*",
                "Condition": [
                    "StringLike": [
                        "kms:EncryptionContext:aws:cloudtrail:arn": "arn:aws:cloudtrail:*:\(account):trail/*"
                    ]
                ],
            ],
            [
                "Sid": "CloudTrailDescribesKey", "Effect": "Allow",
                "Principal": ["Service": "cloudtrail.amazonaws.com"], "Action": "kms:DescribeKey", "Resource": "*",
            ],
        ]
        return BucketPolicyDocument.document(statements)
    }

    /// The CloudWatch Logs group receiving the trail's events.
    private var trailLogGroupStep: DeploymentStep {
        DeploymentStep(
            id: "trail-log-group", title: "Create CloudWatch Logs group for the trail",
            resourceType: "AWS::Logs::LogGroup", dependencies: ["account"],
            create: { context in
                let name = Self.trailLogGroupName(context)
                try await context.services.logs.createLogGroup(name, tags: context.tags())
                let account = try await context.id("account")
                return ResourceRecord(
                    type: "AWS::Logs::LogGroup", id: name,
                    attributes: ["arn": "arn:aws:logs:\(context.services.region):\(account):log-group:\(name):*"])
            },
            find: { context in
                let name = Self.trailLogGroupName(context)
                return try await context.services.logs.describeLogGroups(prefix: name).first { $0.name == name }.map {
                    ResourceRecord(type: "AWS::Logs::LogGroup", id: $0.name, attributes: ["arn": $0.arn ?? ""])
                }
            },
            delete: { context, record in
                try await AbsentResource.ignoring { try await context.services.logs.deleteLogGroup(record.id) }
            })
    }

    /// The role CloudTrail assumes to write the trail's events into its log group, and nowhere else.
    private var trailLogsRoleStep: DeploymentStep {
        roleStep(
            id: "trail-logs-role", title: "Create trail logs role", service: "cloudtrail.amazonaws.com",
            suffix: "trail-logs-role", dependencies: ["account", "trail-log-group"], policyName: "write-trail-logs"
        ) { context in
            let account = try await context.id("account")
            let group = "arn:aws:logs:\(context.services.region):\(account):log-group:\(Self.trailLogGroupName(context))"
            let statements: [[String: Any]] = [
                [
                    "Sid": "WriteTrailEvents", "Effect": "Allow",
                    "Action": ["logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "\(group):log-stream:*",
                ]
            ]
            return BucketPolicyDocument.document(statements)
        }
    }

    private var replicationRoleStep: DeploymentStep {
        roleStep(
            id: "replication-role", title: "Create replication role", service: "s3.amazonaws.com",
            suffix: "replication-role", dependencies: ["account", "bucket-key"], policyName: "replicate-lab-bucket"
        ) { context in
            let source = try await Self.bucketName(context)
            let replica = try await Self.bucketName(context, suffix: "-replica")
            let key = try await context.record("bucket-key")
            let statements: [[String: Any]] = [
                [
                    "Sid": "ReadSourceConfiguration", "Effect": "Allow",
                    "Action": ["s3:GetReplicationConfiguration", "s3:ListBucket"], "Resource": "arn:aws:s3:::\(source)",
                ],
                [
                    "Sid": "ReadSourceObjects", "Effect": "Allow",
                    "Action": [
                        "s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging",
                    ],
                    "Resource": "arn:aws:s3:::\(source)/*",
                ],
                [
                    "Sid": "WriteReplicas", "Effect": "Allow",
                    "Action": ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"],
                    "Resource": "arn:aws:s3:::\(replica)/*",
                ],
                [
                    "Sid": "UseBucketKey", "Effect": "Allow",
                    "Action": ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"],
                    "Resource": key.attributes["arn"] ?? key.id,
                ],
            ]
            return BucketPolicyDocument.document(statements)
        }
    }

    /// Replicates every object of the bucket into the replica, re-encrypted with the deployment's key.
    private var replicationStep: DeploymentStep {
        DeploymentStep(
            id: "bucket-replication", title: "Replicate bucket to the replica bucket",
            resourceType: "AWS::S3::BucketReplication",
            dependencies: ["bucket-versioning", "replica-bucket-versioning", "replication-role", "bucket-key"]
        ) { context in
            let bucket = try await context.id("bucket")
            let replica = try await context.id("replica-bucket")
            let role = try await context.record("replication-role")
            let key = try await context.record("bucket-key")
            let rule = S3.ReplicationConfiguration.Rule(
                id: "replicate-everything", destinationBucketARN: "arn:aws:s3:::\(replica)",
                replicaKMSKeyID: key.attributes["arn"] ?? key.id)
            try await context.services.s3.putBucketReplication(
                bucket, S3.ReplicationConfiguration(roleARN: role.attributes["arn"] ?? role.id, rules: [rule]))
            return ResourceRecord(type: "AWS::S3::BucketReplication", id: bucket)
        }
    }

    /// Flow logs of rejected traffic, delivered to the bucket. The destination is the bare bucket ARN, which
    /// both AWS and the local emulator accept.
    private var flowLogStep: DeploymentStep {
        DeploymentStep(
            id: "flow-log", title: "Create VPC flow logs (REJECT) to the bucket", resourceType: "AWS::EC2::FlowLog",
            dependencies: ["vpc", "bucket-policy"],
            create: { context in
                let ids = try await context.services.ec2.createFlowLogs(
                    vpcIDs: [try await context.id("vpc")], trafficType: "REJECT",
                    bucketARN: "arn:aws:s3:::\(try await context.id("bucket"))", tags: context.tags())
                return ResourceRecord(type: "AWS::EC2::FlowLog", id: ids.first ?? "")
            },
            find: { context in
                try await context.services.ec2.describeFlowLogs(filters: context.tagFilters).first.map {
                    ResourceRecord(type: "AWS::EC2::FlowLog", id: $0.id)
                }
            },
            delete: { context, record in
                try await AbsentResource.ignoring { try await context.services.ec2.deleteFlowLogs(ids: [record.id]) }
            })
    }

    /// A multi-region trail delivering to the log bucket, KMS-encrypted and sent to CloudWatch Logs, logging the bucket's object-level (data) events.
    private var trailStep: DeploymentStep {
        DeploymentStep(
            id: "trail", title: "Create CloudTrail trail of the bucket's data events",
            resourceType: "AWS::CloudTrail::Trail",
            dependencies: ["bucket", "log-bucket-policy", "bucket-key", "trail-log-group", "trail-logs-role"],
            create: { context in
                let trail = context.services.cloudTrail
                let name = "\(context.namePrefix)-trail"
                let key = try await context.record("bucket-key")
                let group = try await context.record("trail-log-group")
                let role = try await context.record("trail-logs-role")
                let arn = try await context.services.createTrail(
                    name: name, bucket: try await context.id("log-bucket"), prefix: "cloudtrail", tags: context.tags(),
                    delivery: AWSServices.TrailDelivery(
                        kmsKeyID: key.attributes["arn"] ?? key.id, logGroupARN: group.attributes["arn"] ?? group.id,
                        logsRoleARN: role.attributes["arn"] ?? role.id))
                let bucket = try await context.id("bucket")
                try await trail.putEventSelectors(
                    trail: name,
                    [
                        CloudTrail.EventSelector(
                            readWriteType: "All", includesManagementEvents: true,
                            dataResources: [.init(type: "AWS::S3::Object", values: ["arn:aws:s3:::\(bucket)/"])])
                    ])
                try await trail.startLogging(trail: name)
                return ResourceRecord(type: "AWS::CloudTrail::Trail", id: name, attributes: ["arn": arn])
            },
            find: { context in
                let name = "\(context.namePrefix)-trail"
                do {
                    return try await context.services.cloudTrail.describeTrails(names: [name]).first.map {
                        ResourceRecord(type: "AWS::CloudTrail::Trail", id: $0.name, attributes: ["arn": $0.arn ?? ""])
                    }
                } catch  where AbsentResource.matches(error) {
                    return nil
                }
            },
            delete: { context, record in
                try await AbsentResource.ignoring { try await context.services.cloudTrail.deleteTrail(name: record.id) }
            })
    }
}
