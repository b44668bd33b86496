import Foundation
import RempartAWS
import RempartDeploy
import RempartInfra
import Testing

/// Deploys both lab profiles on the local emulator and reads every resource back.
extension EmulatorTests {
    @Suite struct APIDeployTests {
        static let bucket = "rempart-lab-bucket-123456789012-us-east-1"
        static let logBucket = "rempart-lab-bucket-logs-123456789012-us-east-1"
        static let replicaBucket = "rempart-lab-bucket-replica-123456789012-us-east-1"
        /// The baseline bucket keeps the lab's `polystudent-bucket` stem, followed by the environment name and the account.
        static let baselineBucket = "polystudent-bucket-rempart-lab-123456789012"

        /// Deploys `profile` as deployment `lab` into a fresh emulator and returns the deployer, its counter (holding
        /// the deployment's calls only) and the events.
        private func deploy(_ profile: LabProfile, sourceFiles: [SourceFile] = [], report: Data? = nil) async throws
            -> (APIDeployer, CountingTransport, EventLog)
        {
            try await Emulator.reset()
            let (services, counter) = Emulator.services()
            let deployer = APIDeployer(
                services: services, directory: try Emulator.scratchDirectory(), pollInterval: 0.05)
            let log = EventLog()
            let plan = LabDeploymentPlan(name: "lab", profile: profile, sourceFiles: sourceFiles, scanReport: report)
            try await deployer.deploy(plan) { log.append($0) }
            return (deployer, counter, log)
        }

        @Test func hardenedDeployCreatesEveryResource() async throws {
            try await EmulatorLock.run {
                let source = try Emulator.scratchDirectory()
                try Data("print(1)\n".utf8).write(to: source.appendingPathComponent("deploy.py"))
                try FileManager.default.createDirectory(
                    at: source.appendingPathComponent("lib"), withIntermediateDirectories: true)
                try Data("x = 2\n".utf8).write(to: source.appendingPathComponent("lib/util.py"))
                let (deployer, counter, log) = try await deploy(
                    .hardened, sourceFiles: try SourceFile.collect(in: source), report: Data("{\"findings\":[]}".utf8))
                let deployCalls = counter.count
                let inventory = try await LabInventory.read(deployer.services, name: "lab")
                let ec2 = deployer.services.ec2
                let s3 = deployer.services.s3

                // Steps and calls.
                #expect(log.count(.created) == 80)
                #expect(log.count(.failed) == 0)
                #expect(log.all.map(\.position).max() == 80)
                // 83 calls, plus one upload per source file and one for the scan report.
                #expect(deployCalls == 86)

                // Network.
                #expect(inventory.vpcs.map(\.cidrBlock) == ["10.0.0.0/16"])
                #expect(inventory.vpcs.first?.tags["Name"] == "polystudent-vpc")
                #expect(inventory.subnets.count == 4)
                #expect(inventory.subnet("PublicSubnet1")?.availabilityZone == "us-east-1a")
                #expect(inventory.subnet("PublicSubnet2")?.availabilityZone == "us-east-1b")
                #expect(inventory.subnet("PrivateSubnet1")?.cidrBlock == "10.0.128.0/24")
                #expect(inventory.subnets.allSatisfy { !$0.mapsPublicIPOnLaunch })
                #expect(inventory.natGateways.count == 2)
                #expect(inventory.natGateways.allSatisfy { $0.state == "available" && $0.allocationIDs.count == 1 })
                #expect(
                    Set(inventory.natGateways.map(\.subnetID))
                        == Set(["PublicSubnet1", "PublicSubnet2"].compactMap { inventory.subnet($0)?.id }))
                let group = try #require(inventory.securityGroups.first)
                #expect(group.ingress.count == 10)
                #expect(group.ingress.allSatisfy { $0.ipRanges.map(\.cidr) == ["192.0.2.10/32"] })
                #expect(
                    group.ingress.first { $0.fromPort == 22 }?.ipRanges.first?.description == "SSH from the admin CIDR")
                // AWS's allow-all egress rule is replaced by one documented rule limited to the VPC.
                #expect(group.egress.map(\.ipProtocol) == ["-1"])
                #expect(group.egress.flatMap(\.ipRanges) == [.init("10.0.0.0/16", description: "All traffic to the VPC only")])

                // Instances.
                let profile = try await deployer.services.iam.instanceProfile(name: "rempart-lab-instance-profile")
                #expect(profile.roleNames == ["rempart-lab-instance-role"])
                #expect(
                    try await deployer.services.iam.listRolePolicies(roleName: "rempart-lab-instance-role")
                        == ["systems-manager-agent"])
                let hosts = [
                    ("tp4-linux-public-AZ1", "PublicSubnet1"), ("tp4-linux-public-AZ2", "PublicSubnet2"),
                    ("tp4-windows-private-AZ1", "PrivateSubnet1"), ("tp4-windows-private-AZ2", "PrivateSubnet2"),
                ]
                #expect(inventory.instances.count == 4)
                for (name, subnet) in hosts {
                    let instance = try #require(inventory.instance(named: name))
                    #expect(instance.instanceType == "t3.micro")
                    #expect(instance.subnetID == inventory.subnet(subnet)?.id)
                    #expect(instance.securityGroupIDs == [group.id])
                    #expect(instance.metadataOptions?.httpTokens == "required")
                    #expect(instance.iamInstanceProfileARN == profile.arn)
                    #expect(instance.publicIPAddress == nil)
                    let volumes = try await ec2.describeVolumes(ids: Array(instance.volumeIDs.values))
                    #expect(!volumes.isEmpty)
                    #expect(volumes.allSatisfy { $0.isEncrypted })
                }

                // Monitoring.
                #expect(inventory.flowLogs.count == 1)
                #expect(inventory.flowLogs.first?.trafficType == "REJECT")
                #expect(inventory.flowLogs.first?.destination == "arn:aws:s3:::\(Self.bucket)")
                #expect(inventory.flowLogs.first?.resourceID == inventory.vpcs.first?.id)
                #expect(
                    Set(inventory.alarms.map(\.name)) == Set(inventory.instances.map { "alarm-packetsIn-\($0.id)" }))
                for alarm in inventory.alarms {
                    #expect(alarm.metricName == "NetworkPacketsIn")
                    #expect(alarm.namespace == "AWS/EC2")
                    #expect(alarm.threshold == 1000)
                    #expect(alarm.period == 300)
                    #expect(alarm.evaluationPeriods == 1)
                    #expect(alarm.datapointsToAlarm == 1)
                    #expect(alarm.comparisonOperator == "GreaterThanThreshold")
                    #expect(alarm.dimensions["InstanceId"].map { "alarm-packetsIn-\($0)" } == alarm.name)
                }
                #expect(inventory.trails.map(\.name) == ["rempart-lab-trail"])
                #expect(inventory.trails.first?.s3BucketName == Self.logBucket)
                #expect(inventory.trails.first?.s3KeyPrefix == "cloudtrail")
                let selectors = try await deployer.services.cloudTrail.eventSelectors(trail: "rempart-lab-trail")
                #expect(selectors.flatMap(\.dataResources).map(\.values) == [["arn:aws:s3:::\(Self.bucket)/"]])
                #expect(try await deployer.services.cloudTrail.isLogging(trail: "rempart-lab-trail"))
                let trailKey = try await deployer.services.kms.describeKey("alias/rempart-lab-bucket")
                #expect(inventory.trails.first?.kmsKeyID == trailKey.arn)
                #expect(
                    inventory.trails.first?.cloudWatchLogsLogGroupARN
                        == "arn:aws:logs:us-east-1:123456789012:log-group:/aws/cloudtrail/rempart-lab-trail:*")
                let logGroups = try await deployer.services.logs.describeLogGroups(prefix: "/aws/cloudtrail/rempart-lab")
                #expect(logGroups.map(\.name) == ["/aws/cloudtrail/rempart-lab-trail"])
                #expect(logGroups.first?.retentionInDays == 365)
                #expect(logGroups.first?.kmsKeyID == trailKey.arn)
                #expect(try await deployer.services.kms.isKeyRotationEnabled(trailKey.keyID))
                #expect(try await deployer.services.kms.keyPolicy(trailKey.keyID).contains("cloudtrail.amazonaws.com"))

                // Storage.
                #expect(Set(inventory.buckets) == [Self.bucket, Self.logBucket, Self.replicaBucket])
                let key = try await deployer.services.kms.describeKey("alias/rempart-lab-bucket")
                let encryption = try await s3.bucketEncryption(Self.bucket)
                #expect(encryption?.algorithm == "aws:kms")
                #expect(encryption?.kmsKeyID == key.arn)
                #expect(try await s3.bucketVersioning(Self.bucket) == "Enabled")
                #expect(try await s3.bucketVersioning(Self.replicaBucket) == "Enabled")
                #expect(try await s3.bucketVersioning(Self.logBucket) == "Enabled")
                #expect(try await s3.bucketEncryption(Self.replicaBucket)?.kmsKeyID == key.arn)
                #expect(try await s3.bucketEncryption(Self.logBucket)?.kmsKeyID == key.arn)
                #expect(
                    try await s3.bucketLogging(Self.bucket)
                        == S3.LoggingTarget(bucket: Self.logBucket, prefix: "lab-bucket/"))
                #expect(
                    try await s3.bucketLogging(Self.replicaBucket)
                        == S3.LoggingTarget(bucket: Self.logBucket, prefix: "replica-bucket/"))
                #expect(
                    try await s3.bucketLogging(Self.logBucket)
                        == S3.LoggingTarget(bucket: Self.logBucket, prefix: "log-bucket/"))
                let replication = try #require(try await s3.bucketReplication(Self.bucket))
                #expect(replication.roleARN.hasSuffix(":role/rempart-lab-replication-role"))
                #expect(replication.rules.map(\.destinationBucketARN) == ["arn:aws:s3:::\(Self.replicaBucket)"])
                #expect(replication.rules.map(\.replicaKMSKeyID) == [key.arn])
                #expect(try await s3.publicAccessBlock(Self.bucket)?.blocksPublicPolicy == true)
                let policy = try #require(try await s3.bucketPolicy(Self.bucket))
                #expect(policy.contains("\"aws:SecureTransport\":\"false\""))
                #expect(policy.contains("delivery.logs.amazonaws.com"))
                #expect(try await s3.bucketPolicy(Self.logBucket)?.contains("cloudtrail.amazonaws.com") == true)
                #expect(
                    try await s3.listObjects(bucket: Self.bucket).map(\.key).sorted()
                        == ["scan-report.json", "sourcecode/deploy.py", "sourcecode/lib/util.py"])
                #expect(try await deployer.services.bucketTags(Self.bucket)["rempart:deployment"] == "lab")
            }
        }

        @Test func baselineDeployKeepsTheLabWeaknesses() async throws {
            try await EmulatorLock.run {
                let (deployer, counter, log) = try await deploy(.baseline)
                let deployCalls = counter.count
                let inventory = try await LabInventory.read(deployer.services, name: "lab")

                #expect(log.count(.created) == 43)
                #expect(deployCalls == 44)
                #expect(
                    inventory.subnets.filter { $0.mapsPublicIPOnLaunch }.map { $0.tags["rempart:resource"] ?? "" }
                        .sorted()
                        == ["PublicSubnet1", "PublicSubnet2"])
                #expect(
                    inventory.securityGroups.first?.ingress.allSatisfy { $0.ipRanges.map(\.cidr) == ["0.0.0.0/0"] }
                        == true)
                #expect(inventory.instances.count == 4)
                #expect(inventory.instances.allSatisfy { $0.iamInstanceProfileARN == nil })
                #expect(inventory.instances.allSatisfy { $0.metadataOptions?.httpTokens != "required" })
                #expect(inventory.natGateways.count == 2)
                #expect(inventory.flowLogs.isEmpty)
                #expect(inventory.alarms.isEmpty)
                #expect(inventory.trails.isEmpty)
                #expect(inventory.buckets == [Self.baselineBucket])
                #expect(try await deployer.services.s3.bucketEncryption(Self.baselineBucket)?.algorithm == "aws:kms")
                #expect(try await deployer.services.s3.bucketVersioning(Self.baselineBucket) == "Enabled")
                #expect(
                    try await deployer.services.s3.bucketPolicy(Self.baselineBucket)?.contains(
                        "\"aws:SecureTransport\":\"false\"") == true)
            }
        }

        @Test(arguments: LabProfile.allCases)
        func secondRunCreatesNothing(profile: LabProfile) async throws {
            try await EmulatorLock.run {
                let (deployer, counter, _) = try await deploy(profile)
                counter.reset()
                let log = EventLog()
                try await deployer.deploy(LabDeploymentPlan(name: "lab", profile: profile)) { log.append($0) }

                #expect(counter.count == 0)
                #expect(log.count(.created) == 0)
                #expect(log.count(.recorded) == (profile == .hardened ? 80 : 43))
                #expect(try await LabInventory.read(deployer.services, name: "lab").vpcs.count == 1)
            }
        }

        @Test(arguments: LabProfile.allCases)
        func destroyLeavesNothingTagged(profile: LabProfile) async throws {
            try await EmulatorLock.run {
                let (deployer, _, _) = try await deploy(profile)
                let log = EventLog()
                try await deployer.destroy(name: "lab") { log.append($0) }

                #expect(log.count(.failed) == 0)
                let left = try await LabInventory.read(deployer.services, name: "lab")
                #expect(left.isEmpty, "\(left)")
                #expect(
                    try await deployer.services.kms.describeKey(try await keyID(deployer)).keyState == "PendingDeletion"
                )
                #expect(!FileManager.default.fileExists(atPath: deployer.stateURL(name: "lab").path))
            }
        }

        @Test func destroyWithoutStateFindsByTags() async throws {
            try await EmulatorLock.run {
                let (deployer, _, _) = try await deploy(.hardened)
                try FileManager.default.removeItem(at: deployer.stateURL(name: "lab"))
                let log = EventLog()
                try await deployer.destroy(name: "lab") { log.append($0) }

                #expect(log.count(.failed) == 0)
                #expect(log.count(.deleted) > 30)
                #expect(try await LabInventory.read(deployer.services, name: "lab").isEmpty)
            }
        }

        @Test func deployWithoutStateAdoptsTaggedResources() async throws {
            try await EmulatorLock.run {
                let (deployer, _, _) = try await deploy(.baseline)
                try FileManager.default.removeItem(at: deployer.stateURL(name: "lab"))
                let log = EventLog()
                try await deployer.deploy(LabDeploymentPlan(name: "lab", profile: .baseline)) { log.append($0) }
                let inventory = try await LabInventory.read(deployer.services, name: "lab")

                #expect(log.count(.found) >= 20)
                #expect(inventory.vpcs.count == 1)
                #expect(inventory.instances.count == 4)
                #expect(inventory.natGateways.count == 2)
                #expect(inventory.buckets.count == 1)
            }
        }

        @Test func otherProfileIsRejected() async throws {
            try await EmulatorLock.run {
                let (deployer, _, _) = try await deploy(.baseline)
                await #expect(throws: DeployError.self) {
                    try await deployer.deploy(LabDeploymentPlan(name: "lab", profile: .hardened)) { _ in }
                }
            }
        }

        private func keyID(_ deployer: APIDeployer) async throws -> String {
            let keys = try await deployer.services.kms.listKeys()
            return try #require(keys.first).id
        }
    }
}
