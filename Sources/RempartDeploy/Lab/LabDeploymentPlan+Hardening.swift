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
                    BucketPolicyDocument.serverAccessLogDelivery(
                        bucket: bucket, prefix: "lab-bucket/", account: account),
                ]
                statements += BucketPolicyDocument.logDelivery(
                    service: "cloudtrail.amazonaws.com", sid: "CloudTrail", bucket: bucket, prefix: "cloudtrail",
                    account: account)
                return BucketPolicyDocument.document(statements)
            })
        steps.append(bucketLoggingStep)
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

    /// A multi-region trail delivering to the log bucket and logging the bucket's object-level (data) events.
    private var trailStep: DeploymentStep {
        DeploymentStep(
            id: "trail", title: "Create CloudTrail trail of the bucket's data events",
            resourceType: "AWS::CloudTrail::Trail",
            dependencies: ["bucket", "log-bucket-policy"],
            create: { context in
                let trail = context.services.cloudTrail
                let name = "\(context.namePrefix)-trail"
                let arn = try await context.services.createTrail(
                    name: name, bucket: try await context.id("log-bucket"), prefix: "cloudtrail", tags: context.tags())
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
