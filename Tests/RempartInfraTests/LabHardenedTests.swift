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

    @Test func vpcTemplateEqualsHardenedExample() throws {
        let stack = try #require(app.stack("vpc.yaml"))
        let written = try InfraTestSupport.read(try Synthesizer.render(stack, as: .yaml), file: "vpc.yaml")
        let example = try InfraTestSupport.read(InfraTestSupport.examples.appendingPathComponent("hardened/vpc.yaml"))
        #expect(written.json == example.json)
    }

    /// The hardened example's parameters, resources and output values are all present and
    /// equal, except the resources that the SDK part's hardening extends, listed here.
    @Test(arguments: [
        ("ec2.json", Set<String>()),
        ("s3.json", Set(["BucketKey", "LabBucket"])),
    ])
    func extendsHardenedExample(_ file: String, changed: Set<String>) throws {
        let stack = try #require(app.stack(file))
        let written = try InfraTestSupport.read(try Synthesizer.render(stack, as: .json), file: file)
        let example = try InfraTestSupport.read(InfraTestSupport.examples.appendingPathComponent("hardened/\(file)"))
        #expect(written["Parameters"]?.json == example["Parameters"]?.json)
        for entry in example["Resources"]?.entries ?? [] where !changed.contains(entry.key) {
            #expect(written["Resources"]?[entry.key]?.json == entry.value.json, "resource \(entry.key)")
        }
        for entry in example["Outputs"]?.entries ?? [] {
            #expect(written["Outputs"]?[entry.key]?["Value"]?.json == entry.value["Value"]?.json, "output \(entry.key)")
        }
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
                "AccessLogBucket", "FlowLogBucket", "AccessLogBucket", "LabBucket", "ReplicaBucket", "TrailBucket",
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
            if bucket.key != "AccessLogBucket" {
                #expect(
                    properties["LoggingConfiguration"]?["DestinationBucketName"]?.json == #"{"Ref":"AccessLogBucket"}"#)
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
        #expect(flowLog["LogDestination"]?.json == #"{"Fn::GetAtt":["FlowLogBucket","Arn"]}"#)

        let trail = try #require(resources(ofType: "AWS::CloudTrail::Trail").first?.value["Properties"])
        #expect(trail["IsMultiRegionTrail"]?.boolValue == true)
        #expect(trail["EnableLogFileValidation"]?.boolValue == true)
        #expect(trail["KMSKeyId"]?.json == #"{"Fn::GetAtt":["BucketKey","Arn"]}"#)
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
        #expect(layers.first == ["BucketKey"])
        #expect(layers.last == ["LabBucketPolicy", "Trail"])
    }
}
