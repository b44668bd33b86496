import Foundation
import RempartInfra
import RempartTemplate
import Testing

struct LabHardenedTests {
    private let app = LabArchitecture.app(profile: .hardened)

    private func resourceEntries(_ file: String) -> [Node.Entry] {
        app.stack(file)?.template["Resources"]?.entries ?? []
    }

    private func resources(ofType type: String) -> [Node.Entry] {
        ["vpc.yaml", "ec2.json", "s3.json"].flatMap { resourceEntries($0) }.filter {
            $0.value["Type"]?.scalarText == type
        }
    }

    /// The hardened example's parameters, resources and outputs are all present and equal, except what
    /// one definition for the templates and the API deployment changed (listed as changed) or removed.
    /// The flow logs go to the S3 stack's lab bucket instead of two log buckets of their own. The trail
    /// writes to the access log bucket instead of a bucket of its own. The instance role has an inline
    /// Systems Manager policy instead of the managed one, the instance no Elastic IP (a public address
    /// the live audit reports), and the security group a VPC-only egress rule.
    @Test(arguments: [
        LabChange(
            file: "vpc.yaml", changed: ["LabSecurityGroup", "VPCFlowLog"],
            removed: [
                "LogKey", "LogKeyAlias", "AccessLogBucket", "AccessLogBucketPolicy", "FlowLogBucket",
                "FlowLogBucketPolicy", "FlowLogRetentionDays", "LogKeyArn",
            ]),
        LabChange(file: "ec2.json", changed: ["InstanceRole"], removed: ["LabInstanceEIP", "PublicIp"]),
        LabChange(
            file: "s3.json",
            changed: [
                "BucketKey", "LabBucket", "LabBucketPolicy", "AccessLogBucket", "AccessLogBucketPolicy", "Trail",
                "TrailLogRole", "AccessLogBucketName",
            ],
            removed: ["TrailBucket", "TrailBucketPolicy", "TrailBucketName"]),
    ])
    func extendsHardenedExample(_ change: LabChange) throws {
        let stack = try #require(app.stack(change.file))
        let format: Template.Format = change.file.hasSuffix(".json") ? .json : .yaml
        let written = try InfraTestSupport.read(try Synthesizer.render(stack, as: format), file: change.file)
        let example = try InfraTestSupport.read(
            InfraTestSupport.examples.appendingPathComponent("hardened/\(change.file)"))
        for section in ["Parameters", "Resources"] {
            for entry in example[section]?.entries ?? [] {
                let value = written[section]?[entry.key]
                if change.removed.contains(entry.key) {
                    #expect(value == nil, "\(section) \(entry.key)")
                } else if !change.changed.contains(entry.key) {
                    #expect(value?.json == entry.value.json, "\(section) \(entry.key)")
                }
            }
        }
        for entry in example["Outputs"]?.entries ?? [] {
            let value = written["Outputs"]?[entry.key]
            if change.removed.contains(entry.key) {
                #expect(value == nil, "output \(entry.key)")
            } else if !change.changed.contains(entry.key) {
                #expect(value?["Value"]?.json == entry.value["Value"]?.json, "output \(entry.key)")
            }
        }
    }

    @Test func instanceRoleHasInlineAgentPolicy() throws {
        let role = try #require(app.stack("ec2.json")?.resource("InstanceRole")?.properties)
        #expect(role["ManagedPolicyArns"] == nil)
        let policy = try #require(role["Policies"]?.elements?.first)
        #expect(policy["PolicyName"]?.scalarText == "systems-manager-agent")
        #expect(
            policy["PolicyDocument"]?["Statement"]?.elements?.map { $0["Sid"]?.scalarText } == [
                "SystemsManagerAgentChannels", "SystemsManagerAgentStatus",
            ])
    }

    @Test func egressIsLimitedToTheVPC() throws {
        let group = try #require(app.stack("vpc.yaml")?.resource("LabSecurityGroup")?.properties)
        #expect(
            group["SecurityGroupEgress"]?.json
                == #"[{"Description":"All traffic to the VPC only","IpProtocol":"-1","CidrIp":{"Ref":"VpcCIDR"}}]"#)
    }

    @Test func restrictsIngressToAdminRange() throws {
        let groups = resources(ofType: "AWS::EC2::SecurityGroup")
        #expect(groups.count == 1)
        let ingress = try #require(groups.first?.value["Properties"]?["SecurityGroupIngress"]?.elements)
        #expect(ingress.count == 10)
        for rule in ingress {
            #expect(rule["CidrIp"]?.json == #"{"Ref":"AdminCIDR"}"#)
            #expect(rule["Description"]?.scalarText?.hasSuffix("from the admin CIDR") == true)
        }
        for subnet in resources(ofType: "AWS::EC2::Subnet") {
            #expect(subnet.value["Properties"]?["MapPublicIpOnLaunch"]?.boolValue == false, "\(subnet.key)")
        }
    }

    @Test func instancesRequireTokensEncryptionAndRole() throws {
        let instances = resources(ofType: "AWS::EC2::Instance")
        #expect(instances.map(\.key) == ["LabInstance"])
        for instance in instances {
            let properties = try #require(instance.value["Properties"])
            #expect(properties["MetadataOptions"]?["HttpTokens"]?.scalarText == "required")
            #expect(properties["BlockDeviceMappings"]?.elements?.first?["Ebs"]?["Encrypted"]?.boolValue == true)
            #expect(properties["IamInstanceProfile"]?.json == #"{"Ref":"InstanceProfile"}"#)
        }
        let alarms = resources(ofType: "AWS::CloudWatch::Alarm")
        #expect(alarms.map(\.key) == ["LabInstancePacketsInAlarm"])
        let alarm = try #require(alarms.first?.value["Properties"])
        #expect(alarm["AlarmName"]?.json == #"{"Fn::Sub":"alarm-packetsIn-${LabInstance}"}"#)
        #expect(alarm["MetricName"]?.scalarText == "NetworkPacketsIn")
        #expect(alarm["Threshold"]?.intValue == 1000)
        #expect(alarm["Period"]?.intValue == 300)
        #expect(alarm["EvaluationPeriods"]?.intValue == 1)
        #expect(alarm["ComparisonOperator"]?.scalarText == "GreaterThanThreshold")
    }

    @Test func bucketsAreEncryptedVersionedAndTLSOnly() throws {
        let buckets = resources(ofType: "AWS::S3::Bucket")
        #expect(
            buckets.map(\.key) == [
                "AccessLogBucket", "LabBucket", "ReplicaBucket",
            ])
        let policies = resources(ofType: "AWS::S3::BucketPolicy")
        for bucket in buckets {
            let properties = try #require(bucket.value["Properties"])
            let byDefault = properties["BucketEncryption"]?["ServerSideEncryptionConfiguration"]?.elements?.first?[
                "ServerSideEncryptionByDefault"]
            #expect(byDefault?["SSEAlgorithm"]?.scalarText == "aws:kms", "\(bucket.key)")
            #expect(byDefault?["KMSMasterKeyID"]?.json.contains("Fn::GetAtt") == true, "\(bucket.key)")
            #expect(properties["VersioningConfiguration"]?["Status"]?.scalarText == "Enabled", "\(bucket.key)")
            #expect(properties["PublicAccessBlockConfiguration"]?.entries.count == 4, "\(bucket.key)")
            let destination = properties["LoggingConfiguration"]?["DestinationBucketName"]?.json
            if bucket.key == "AccessLogBucket" {
                // The log bucket logs its own accesses, named by its name because `Ref` to itself is a cycle.
                #expect(destination == properties["BucketName"]?.json)
            } else {
                #expect(destination == #"{"Ref":"AccessLogBucket"}"#)
            }
            let denies = policies.filter { $0.value["Properties"]?["Bucket"]?.json == "{\"Ref\":\"\(bucket.key)\"}" }
                .flatMap { $0.value["Properties"]?["PolicyDocument"]?["Statement"]?.elements ?? [] }
                .filter { $0["Sid"]?.scalarText == "DenyInsecureTransport" }
            #expect(!denies.isEmpty, "\(bucket.key) has no TLS-only statement")
        }
    }

    @Test func logsRejectedTrafficAndBucketDataEvents() throws {
        let flowLog = try #require(resources(ofType: "AWS::EC2::FlowLog").first?.value["Properties"])
        #expect(flowLog["TrafficType"]?.scalarText == "REJECT")
        #expect(flowLog["LogDestination"]?.json == #"{"Fn::ImportValue":{"Fn::Sub":"${EnvironmentName}-BUCKET-ARN"}}"#)
        let storage = try #require(app.stack("s3.json"))
        #expect(storage.output("BucketArn")?.value.node.json == #"{"Fn::GetAtt":["LabBucket","Arn"]}"#)
        #expect(try app.stackDependencies() == ["vpc.yaml": ["s3.json"], "ec2.json": ["vpc.yaml"], "s3.json": []])

        let trail = try #require(resources(ofType: "AWS::CloudTrail::Trail").first?.value["Properties"])
        #expect(trail["IsMultiRegionTrail"]?.boolValue == true)
        #expect(trail["EnableLogFileValidation"]?.boolValue == true)
        #expect(trail["KMSKeyId"]?.json == #"{"Fn::GetAtt":["BucketKey","Arn"]}"#)
        #expect(trail["S3BucketName"]?.json == #"{"Ref":"AccessLogBucket"}"#)
        #expect(trail["S3KeyPrefix"]?.scalarText == "cloudtrail")
        #expect(trail["CloudWatchLogsLogGroupArn"]?.json == #"{"Fn::GetAtt":["TrailLogGroup","Arn"]}"#)
        let dataResource = trail["EventSelectors"]?.elements?.first?["DataResources"]?.elements?.first
        #expect(dataResource?["Type"]?.scalarText == "AWS::S3::Object")
        #expect(dataResource?["Values"]?.json == #"[{"Fn::Sub":"${LabBucket.Arn}/"}]"#)
    }

    @Test func replicatesTheBucket() throws {
        let bucket = try #require(app.stack("s3.json")?.resource("LabBucket")?.properties)
        let rule = bucket["ReplicationConfiguration"]?["Rules"]?.elements?.first
        #expect(bucket["ReplicationConfiguration"]?["Role"]?.json == #"{"Fn::GetAtt":["ReplicationRole","Arn"]}"#)
        #expect(rule?["Destination"]?["Bucket"]?.json == #"{"Fn::GetAtt":["ReplicaBucket","Arn"]}"#)
        #expect(
            rule?["Destination"]?["EncryptionConfiguration"]?["ReplicaKmsKeyID"]?.json
                == #"{"Fn::GetAtt":["BucketKey","Arn"]}"#)
    }

    @Test func everyStackHasAnOrder() throws {
        try app.validate()
        let storage = try #require(app.stack("s3.json"))
        let layers = try storage.deploymentLayers()
        #expect(layers.first == ["BucketKey", "TrailLogRole"])
        #expect(layers.last == ["LabBucketPolicy", "Trail"])
    }
}

/// What one hardened template changed or removed from the hardened example, by logical ID or name.
struct LabChange: Sendable, CustomTestStringConvertible {
    var file: String
    var changed: Set<String>
    var removed: Set<String>

    var testDescription: String { file }
}
