import Foundation
import RempartAWS

/// Builds the lab's architecture in the emulator with plain API calls, in its baseline or
/// hardened profile, and keeps the IDs the audit must report on.
struct LabAccount {
    /// The profile to build.
    enum Profile {
        /// The lab as first deployed: open security group, public subnets, IMDSv1, unencrypted roots, no access logs.
        case baseline
        /// The lab after its mitigations: nothing for the rules to report.
        case hardened
    }

    var vpcID = ""
    var publicSubnetIDs: [String] = []
    var privateSubnetIDs: [String] = []
    var securityGroupID = ""
    var defaultSecurityGroupID = ""
    var instanceIDs: [String] = []
    var flowLogID = ""
    var dataBucket = "polystudent-lab-data"
    var logBucket = "polystudent-lab-logs"
    var trailName = "polystudent-trail"
    /// The customer managed key of the hardened lab.
    var keyARN = ""
    /// The role and instance profile attached to the hardened lab's instances.
    var roleName = "polystudent-instance-role"

    /// The ports the lab's security group opens to the world.
    static let openPorts: [(Int, Int)] = [
        (22, 22), (80, 80), (443, 443), (53, 53), (1433, 1433), (3306, 3306), (5432, 5432), (3389, 3389),
        (1514, 1514), (9200, 9300),
    ]

    /// Removes the emulator's default VPC, whose default subnets map public IPs and have no flow logs.
    static func removeDefaultVPC(_ ec2: EC2) async throws {
        for vpc in try await ec2.describeVPCs() where vpc.isDefault {
            for subnet in try await ec2.describeSubnets(filters: [EC2.Filter("vpc-id", [vpc.id])]) {
                try await ec2.deleteSubnet(id: subnet.id)
            }
            for gateway in try await ec2.describeInternetGateways(filters: [EC2.Filter("attachment.vpc-id", [vpc.id])]) {
                try await ec2.detachInternetGateway(id: gateway.id, vpcID: vpc.id)
                try await ec2.deleteInternetGateway(id: gateway.id)
            }
            try await ec2.deleteVPC(id: vpc.id)
        }
    }

    /// Builds the lab in `profile` through `client` and returns its IDs.
    static func build(_ profile: Profile, client: AWSClient) async throws -> LabAccount {
        var lab = LabAccount()
        let ec2 = EC2(client: client)
        let s3 = S3(client: client)
        let hardened = profile == .hardened
        let tags = ["rempart:deployment": "lab"]

        // Network: the VPC, two public and two private subnets.
        lab.vpcID = try await ec2.createVPC(cidrBlock: "10.0.0.0/16", tags: tags.merging(["Name": "polystudent-vpc"]) { $1 }).id
        for (index, (cidr, zone)) in [("10.0.0.0/24", "us-east-1a"), ("10.0.16.0/24", "us-east-1b")].enumerated() {
            let subnet = try await ec2.createSubnet(
                vpcID: lab.vpcID, cidrBlock: cidr, availabilityZone: zone,
                tags: tags.merging(["rempart:resource": "public-subnet-\(index + 1)"]) { $1 })
            // Set in both profiles: with the default VPC gone, the emulator makes the first subnet of
            // each zone a default subnet that maps public IPs.
            try await ec2.modifySubnet(id: subnet.id, mapsPublicIPOnLaunch: !hardened)
            lab.publicSubnetIDs.append(subnet.id)
        }
        for (index, (cidr, zone)) in [("10.0.128.0/24", "us-east-1a"), ("10.0.144.0/24", "us-east-1b")].enumerated() {
            let subnet = try await ec2.createSubnet(
                vpcID: lab.vpcID, cidrBlock: cidr, availabilityZone: zone,
                tags: tags.merging(["rempart:resource": "private-subnet-\(index + 1)"]) { $1 })
            lab.privateSubnetIDs.append(subnet.id)
        }

        // The security group: open to the world in the baseline, to the VPC with descriptions when hardened.
        lab.securityGroupID = try await ec2.createSecurityGroup(
            name: "polystudent-sg", description: "Lab security group", vpcID: lab.vpcID, tags: tags)
        let source = hardened ? "10.0.0.0/16" : "0.0.0.0/0"
        let permissions = openPorts.map { from, to in
            EC2.IPPermission(
                ipProtocol: "tcp", fromPort: from, toPort: to,
                ipRanges: [EC2.IPPermission.IPRange(source, description: hardened ? "Lab traffic inside the VPC" : nil)])
        }
        try await ec2.authorizeIngress(groupID: lab.securityGroupID, permissions: permissions)
        lab.defaultSecurityGroupID =
            try await ec2.describeSecurityGroups(filters: [
                EC2.Filter("vpc-id", [lab.vpcID]), EC2.Filter("group-name", ["default"]),
            ]).first?.id ?? ""
        if hardened { try await restrictEgress(ec2, groups: [lab.securityGroupID, lab.defaultSecurityGroupID]) }

        // Storage: the data bucket and the bucket that receives flow logs and access logs, encrypted
        // with a rotated customer managed key when hardened.
        if hardened {
            let kms = KMS(client: client)
            lab.keyARN = try await kms.createKey(description: "polystudent lab key", tags: tags).arn
            try await kms.enableKeyRotation(lab.keyARN)
        }
        try await buildBuckets(&lab, s3: s3, hardened: hardened)
        lab.flowLogID = try await ec2.createFlowLogs(
            vpcIDs: [lab.vpcID], trafficType: "REJECT", bucketARN: "arn:aws:s3:::\(lab.logBucket)",
            tags: tags.merging(["rempart:resource": "vpc-flow-log"]) { $1 }
        ).first ?? ""

        // Compute: one instance per public subnet, with a role when hardened.
        if hardened {
            try await buildInstanceRole(lab, client: client)
            // The launch template the lab's remediation recommends: IMDSv2 and an encrypted root.
            let data = EC2.LaunchTemplateData(
                imageID: "ami-03cf127a", instanceType: "t3.micro",
                metadataOptions: EC2.MetadataOptions(httpTokens: "required", httpPutResponseHopLimit: 1),
                blockDeviceMappings: [EC2.BlockDeviceMapping(deviceName: "/dev/sda1", volumeSize: 8, isEncrypted: true)])
            _ = try await ec2.createLaunchTemplate(name: "polystudent-hardened", data: data, tags: tags)
        }
        for (index, subnetID) in lab.publicSubnetIDs.enumerated() {
            let root = EC2.BlockDeviceMapping(deviceName: "/dev/sda1", volumeSize: 8, isEncrypted: hardened)
            let specification = EC2.LaunchSpecification(
                imageID: "ami-03cf127a", instanceType: "t3.micro", subnetID: subnetID,
                securityGroupIDs: [lab.securityGroupID], iamInstanceProfile: hardened ? lab.roleName : nil,
                metadataOptions: EC2.MetadataOptions(httpTokens: hardened ? "required" : "optional"),
                blockDeviceMappings: [root], tags: tags.merging(["rempart:resource": "public-instance-\(index + 1)"]) { $1 })
            lab.instanceIDs += try await ec2.runInstances(specification).map(\.id)
        }
        if hardened { try await buildMonitoring(lab, client: client) }
        return lab
    }

    private static func restrictEgress(_ ec2: EC2, groups: [String]) async throws {
        for group in groups {
            try await ec2.revokeEgress(
                groupID: group, permissions: [EC2.IPPermission(ipProtocol: "-1", ipRanges: [EC2.IPPermission.IPRange("0.0.0.0/0")])])
            try await ec2.authorizeEgress(
                groupID: group,
                permissions: [
                    EC2.IPPermission(
                        ipProtocol: "tcp", fromPort: 443, toPort: 443,
                        ipRanges: [EC2.IPPermission.IPRange("10.0.0.0/16", description: "HTTPS inside the VPC")])
                ])
        }
    }

    private static func buildBuckets(_ lab: inout LabAccount, s3: S3, hardened: Bool) async throws {
        for bucket in [lab.dataBucket, lab.logBucket] {
            try await s3.createBucket(bucket)
            try await s3.putBucketEncryption(
                bucket,
                S3.ServerSideEncryption(
                    algorithm: "aws:kms", kmsKeyID: hardened ? lab.keyARN : "alias/lab", isBucketKeyEnabled: true))
            try await s3.putBucketVersioning(bucket, isEnabled: true)
            try await s3.putPublicAccessBlock(
                bucket,
                S3.PublicAccessBlock(
                    blocksPublicACLs: true, ignoresPublicACLs: true, blocksPublicPolicy: true, restrictsPublicBuckets: true))
            try await s3.putBucketTagging(bucket, tags: ["rempart:deployment": "lab"])
        }
        // Logging first: the emulator cannot evaluate the TLS condition when it checks the log bucket's policy.
        if hardened {
            try await s3.putBucketACL(lab.logBucket, cannedACL: "log-delivery-write")
            try await s3.putBucketLogging(lab.dataBucket, target: S3.LoggingTarget(bucket: lab.logBucket, prefix: "data/"))
            try await s3.putBucketLogging(lab.logBucket, target: S3.LoggingTarget(bucket: lab.logBucket, prefix: "self/"))
        }
        // The data bucket is TLS-only in both profiles, as in the lab; the log bucket only when hardened.
        let tlsBuckets = hardened ? [lab.dataBucket, lab.logBucket] : [lab.dataBucket]
        for bucket in tlsBuckets {
            try await s3.putBucketPolicy(bucket, policy: tlsOnlyPolicy(bucket))
        }
    }

    /// Creates the instances' role, allowed to read the data bucket only, and its instance profile.
    private static func buildInstanceRole(_ lab: LabAccount, client: AWSClient) async throws {
        let iam = IAM(client: client)
        let trust = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},\
            "Action":"sts:AssumeRole"}]}
            """
        _ = try await iam.createRole(name: lab.roleName, assumeRolePolicyDocument: trust)
        let readData = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",\
            "Resource":"arn:aws:s3:::\(lab.dataBucket)/sourcecode/*"}]}
            """
        try await iam.putRolePolicy(roleName: lab.roleName, policyName: "read-source-code", document: readData)
        _ = try await iam.createInstanceProfile(name: lab.roleName)
        try await iam.addRoleToInstanceProfile(profileName: lab.roleName, roleName: lab.roleName)
    }

    private static func buildMonitoring(_ lab: LabAccount, client: AWSClient) async throws {
        let cloudWatch = CloudWatch(client: client)
        for instanceID in lab.instanceIDs {
            try await cloudWatch.putMetricAlarm(
                CloudWatch.MetricAlarm(
                    name: "alarm-packetsIn-\(instanceID)", namespace: "AWS/EC2", metricName: "NetworkPacketsIn",
                    dimensions: ["InstanceId": instanceID], statistic: "Sum", period: 300, evaluationPeriods: 1,
                    datapointsToAlarm: 1, threshold: 1000, comparisonOperator: "GreaterThanThreshold"))
        }
        let cloudTrail = CloudTrail(client: client)
        // The typed CreateTrail has no CloudWatch Logs settings, so the call is made directly.
        _ = try await client.json(
            .cloudTrail, "CreateTrail",
            [
                "Name": .string(lab.trailName), "S3BucketName": .string(lab.logBucket), "IsMultiRegionTrail": true,
                "EnableLogFileValidation": true, "KmsKeyId": .string(lab.keyARN),
                "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:123456789012:log-group:polystudent-trail:*",
                "CloudWatchLogsRoleArn": "arn:aws:iam::123456789012:role/polystudent-trail-logs",
            ])
        try await cloudTrail.startLogging(trail: lab.trailName)
        let objects = CloudTrail.EventSelector.DataResource(
            type: "AWS::S3::Object", values: ["arn:aws:s3:::\(lab.dataBucket)/"])
        try await cloudTrail.putEventSelectors(trail: lab.trailName, [CloudTrail.EventSelector(dataResources: [objects])])
    }

    /// Returns a bucket policy that denies every request made over plain HTTP.
    static func tlsOnlyPolicy(_ bucket: String) -> String {
        """
        {"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*",\
        "Action":"s3:*","Resource":["arn:aws:s3:::\(bucket)","arn:aws:s3:::\(bucket)/*"],\
        "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}
        """
    }
}
