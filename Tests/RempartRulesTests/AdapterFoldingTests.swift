import Foundation
import RempartModel
import RempartRules
import RempartScanner
import Testing

/// Checks that the EC2 and S3 adapters fold resources that configure others into their
/// targets, across files, and keep unknown values unknown.
struct AdapterFoldingTests {
    static func run(_ files: [String: String], rules: [String] = []) -> (state: AWSState, results: [CheckResult]) {
        let sources = files.keys.sorted().map { Pipeline.Source(file: $0, text: files[$0] ?? "") }
        let selected = rules.compactMap { AllRules.rule(named: $0) }
        let (output, results) = RulesTestSupport.evaluate(sources, rules: selected)
        return (output.state, results)
    }

    static func status(_ results: [CheckResult], rule: String, resource: String) -> [CheckResult.Status] {
        results.filter { $0.ruleID == rule && $0.resource.name == resource }.map(\.status)
    }

    @Test func flowLogInAnotherFileCapturesImportedVPC() throws {
        let network = """
            Resources:
              Network:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
            Outputs:
              NetworkId:
                Value: !Ref Network
                Export:
                  Name: lab-vpc
            """
        let logging = """
            Resources:
              NetworkFlowLog:
                Type: AWS::EC2::FlowLog
                Properties:
                  ResourceId: !ImportValue lab-vpc
                  ResourceType: VPC
                  TrafficType: ALL
                  LogDestinationType: s3
                  LogDestination: arn:aws:s3:::example-flow-logs
            """
        let (state, results) = Self.run(["network.yaml": network, "logging.yaml": logging], rules: ["AVD-AWS-0178"])
        let vpc = try #require(state.all(VPC.self).first)
        #expect(vpc.flowLogs.map(\.address.name) == ["NetworkFlowLog"])
        #expect(Self.status(results, rule: "AVD-AWS-0178", resource: "Network") == [.passed])
    }

    @Test func flowLogOnUnknownResourceMakesVPCUndecided() {
        let template = """
            Parameters:
              TargetId:
                Type: String
            Resources:
              Network:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              SomeFlowLog:
                Type: AWS::EC2::FlowLog
                Properties:
                  ResourceId: !Ref TargetId
                  ResourceType: VPC
                  TrafficType: ALL
            """
        let (_, results) = Self.run(["t.yaml": template], rules: ["AVD-AWS-0178"])
        let statuses = Self.status(results, rule: "AVD-AWS-0178", resource: "Network")
        #expect(statuses.count == 1)
        #expect(statuses.allSatisfy { if case .unknown = $0 { true } else { false } })
    }

    @Test func bucketPolicyFoldsByRefAndByName() throws {
        let buckets = """
            Resources:
              LogBucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: example-access-logs
              DataBucket:
                Type: AWS::S3::Bucket
            Outputs:
              Data:
                Value: !Ref DataBucket
                Export:
                  Name: data-bucket
            """
        let policies = """
            Resources:
              LogPolicy:
                Type: AWS::S3::BucketPolicy
                Properties:
                  Bucket: example-access-logs
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal:
                          Service: logging.s3.amazonaws.com
                        Action: s3:PutObject
                        Resource: arn:aws:s3:::example-access-logs/*
              DataPolicy:
                Type: AWS::S3::BucketPolicy
                Properties:
                  Bucket: !ImportValue data-bucket
                  PolicyDocument:
                    Statement:
                      - Effect: Deny
                        Principal: "*"
                        Action: s3:*
                        Resource: "*"
                        Condition:
                          Bool:
                            aws:SecureTransport: "false"
            """
        let (state, results) = Self.run(["buckets.yaml": buckets, "policies.yaml": policies], rules: ["AVD-AWS-0089"])
        let byName = Dictionary(uniqueKeysWithValues: state.all(S3Bucket.self).map { ($0.address.name, $0) })
        #expect(byName["LogBucket"]?.policies.map(\.address.name) == ["LogPolicy"])
        #expect(byName["DataBucket"]?.policies.map(\.address.name) == ["DataPolicy"])
        // The log bucket receives access logs through its policy, so it needs no logging itself.
        #expect(Self.status(results, rule: "AVD-AWS-0089", resource: "LogBucket") == [.passed])
        #expect(Self.status(results, rule: "AVD-AWS-0089", resource: "DataBucket") == [.failed])
    }

    @Test func launchTemplateByNameSetsInstanceOptions() throws {
        let template = """
            Resources:
              Hardened:
                Type: AWS::EC2::LaunchTemplate
                Properties:
                  LaunchTemplateName: hardened
                  LaunchTemplateData:
                    MetadataOptions:
                      HttpTokens: required
                    BlockDeviceMappings:
                      - DeviceName: /dev/xvda
                        Ebs:
                          Encrypted: true
                    UserData:
                      Fn::Base64: |
                        #!/bin/bash
                        echo ready
              Server:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-0abcdef1234567890
                  LaunchTemplate:
                    LaunchTemplateName: hardened
                    Version: "1"
              External:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-0abcdef1234567890
                  LaunchTemplate:
                    LaunchTemplateId: lt-0123456789abcdef0
                    Version: "3"
            """
        let (state, results) = Self.run(["t.yaml": template], rules: ["AVD-AWS-0028", "AVD-AWS-0131"])
        let server = try #require(state.all(EC2Instance.self).first { $0.address.name == "Server" })
        #expect(server.metadataOptions.httpTokens.value == "required")
        #expect(server.rootBlockDevice.encrypted.value == true)
        #expect(server.userData?.value == "#!/bin/bash\necho ready\n")
        #expect(Self.status(results, rule: "AVD-AWS-0028", resource: "Server") == [.passed])
        #expect(Self.status(results, rule: "AVD-AWS-0131", resource: "Server") == [.passed])

        // A launch template outside the scan may require tokens: undecided, not failed.
        let external = Self.status(results, rule: "AVD-AWS-0028", resource: "External")
        #expect(external.count == 1)
        #expect(external.allSatisfy { if case .unknown = $0 { true } else { false } })
    }

    @Test func standaloneRulesFoldByNameOrStayDetached() throws {
        let template = """
            Resources:
              AppGroup:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupName: app
                  GroupDescription: App servers
              ByName:
                Type: AWS::EC2::SecurityGroupIngress
                Properties:
                  GroupName: app
                  Description: SSH from anywhere
                  IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  CidrIp: 0.0.0.0/0
              ForeignGroup:
                Type: AWS::EC2::SecurityGroupIngress
                Properties:
                  GroupId: sg-0123456789abcdef0
                  Description: RDP from anywhere
                  IpProtocol: tcp
                  FromPort: 3389
                  ToPort: 3389
                  CidrIp: 0.0.0.0/0
            """
        let (state, results) = Self.run(["t.yaml": template], rules: ["AVD-AWS-0107"])
        let group = try #require(state.all(SecurityGroup.self).first)
        #expect(group.ingressRules.map(\.declaringResource.name) == ["ByName"])
        #expect(state.all(DetachedSecurityGroupRule.self).map(\.address.name) == ["ForeignGroup"])
        let failures = results.filter(\.isFailure)
        #expect(failures.map(\.resource.name).sorted() == ["ByName", "ForeignGroup"])
        #expect(failures.compactMap { $0.location?.line }.sorted() == [15, 24])
    }

    @Test func parameterWithoutValueLeavesRuleUndecided() {
        let template = """
            Parameters:
              AllowedRange:
                Type: String
            Resources:
              AppGroup:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: App servers
                  SecurityGroupIngress:
                    - Description: SSH
                      IpProtocol: tcp
                      FromPort: 22
                      ToPort: 22
                      CidrIp: !Ref AllowedRange
            """
        let (_, results) = Self.run(["t.yaml": template], rules: ["AVD-AWS-0107", "RMP-AWS-0001"])
        let statuses = Self.status(results, rule: "AVD-AWS-0107", resource: "AppGroup")
        #expect(statuses.count == 1)
        #expect(statuses.allSatisfy { if case .unknown = $0 { true } else { false } })
        // Port 22 is not in RMP-AWS-0001's table, so that rule decides without the range.
        #expect(Self.status(results, rule: "RMP-AWS-0001", resource: "AppGroup") == [.passed])
    }

    @Test func cannedACLAndAllTrafficAreNormalized() throws {
        let template = """
            Resources:
              SharedBucket:
                Type: AWS::S3::Bucket
                Properties:
                  AccessControl: PublicReadWrite
              OpenGroup:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: Open
                  SecurityGroupIngress:
                    - IpProtocol: "-1"
                      CidrIp: 0.0.0.0/0
            """
        let (state, results) = Self.run(["t.yaml": template], rules: ["AVD-AWS-0092", "RMP-AWS-0001"])
        #expect(state.all(S3Bucket.self).first?.acl.value == "public-read-write")
        #expect(state.all(SecurityGroup.self).first?.ingressRules.first?.ipProtocol.value == .all)
        #expect(Self.status(results, rule: "AVD-AWS-0092", resource: "SharedBucket") == [.failed])
        let detail = results.first { $0.ruleID == "RMP-AWS-0001" }?.detail
        #expect(detail?.english == "all traffic open to 0.0.0.0/0 (FTP, Telnet, DNS, …)")
    }
}

/// Checks the object-level logging rules against trails of the scan.
struct ObjectLevelLoggingTests {
    @Test func trailSelectorsDecideBucketVerdicts() {
        let template = """
            Resources:
              AllBucketsTrail:
                Type: AWS::CloudTrail::Trail
                Properties:
                  IsLogging: true
                  S3BucketName: example-trail-logs
                  EventSelectors:
                    - ReadWriteType: WriteOnly
                      DataResources:
                        - Type: AWS::S3::Object
                          Values: [arn:aws:s3]
              NamedBucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: example-named
              ReadTrail:
                Type: AWS::CloudTrail::Trail
                Properties:
                  IsLogging: true
                  S3BucketName: example-trail-logs
                  EventSelectors:
                    - ReadWriteType: ReadOnly
                      DataResources:
                        - Type: AWS::S3::Object
                          Values: [!Sub "arn:aws:s3:::${UnnamedBucket}/"]
              UnnamedBucket:
                Type: AWS::S3::Bucket
            """
        let (_, results) = AdapterFoldingTests.run(["t.yaml": template], rules: ["AVD-AWS-0171", "AVD-AWS-0172"])
        #expect(AdapterFoldingTests.status(results, rule: "AVD-AWS-0171", resource: "NamedBucket") == [.passed])
        #expect(AdapterFoldingTests.status(results, rule: "AVD-AWS-0171", resource: "UnnamedBucket") == [.passed])
        #expect(AdapterFoldingTests.status(results, rule: "AVD-AWS-0172", resource: "NamedBucket").first != .passed)
        // The read trail names the unnamed bucket through a value known only after deployment.
        let unnamedRead = AdapterFoldingTests.status(results, rule: "AVD-AWS-0172", resource: "UnnamedBucket")
        #expect(unnamedRead.count == 1)
        #expect(unnamedRead.allSatisfy { $0 != .failed })
    }
}

/// Checks how an instance's public IP is derived from its subnet and Elastic IPs.
struct InstancePublicIPTests {
    @Test func publicIPFollowsSubnetAndElasticIP() throws {
        let template = """
            Resources:
              PublicSubnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: vpc-0a1b2c3d
                  CidrBlock: 10.0.0.0/24
                  MapPublicIpOnLaunch: true
              PrivateSubnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: vpc-0a1b2c3d
                  CidrBlock: 10.0.128.0/24
              WebServer:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-0abcdef1234567890
                  SubnetId: !Ref PublicSubnet
              Worker:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-0abcdef1234567890
                  SubnetId: !Ref PrivateSubnet
              Bastion:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-0abcdef1234567890
                  SubnetId: !Ref PrivateSubnet
              BastionAddress:
                Type: AWS::EC2::EIP
                Properties:
                  Domain: vpc
                  InstanceId: !Ref Bastion
              Elsewhere:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-0abcdef1234567890
                  SubnetId: subnet-0123456789abcdef0
            """
        let (state, _) = AdapterFoldingTests.run(["t.yaml": template])
        let instances = Dictionary(uniqueKeysWithValues: state.all(EC2Instance.self).map { ($0.address.name, $0) })
        #expect(instances["WebServer"]?.receivesPublicIP(in: state).value == true)
        #expect(instances["Worker"]?.receivesPublicIP(in: state).value == false)
        #expect(instances["Bastion"]?.receivesPublicIP(in: state).value == true)
        let elsewhere = try #require(instances["Elsewhere"]).receivesPublicIP(in: state)
        #expect(elsewhere.value == nil)
    }
}
