import Foundation
import RempartModel
import RempartScanner
import Testing

@testable import RempartRules

/// Hard cases of the rules on managed services (containers, data stores, analytics) that
/// their examples do not reach.
struct ManagedServiceRuleTests {
    /// A template, the rule to run and the statuses expected per logical ID.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let ruleID: String
        let yaml: String
        let expected: [String: String]
        var testDescription: String { "\(ruleID) \(name)" }
    }

    static let cases: [Case] = [
        Case(
            name: "first account source decides", ruleID: "AVD-AWS-0019",
            yaml: """
                Resources:
                  Aggregator:
                    Type: AWS::Config::ConfigurationAggregator
                    Properties:
                      AccountAggregationSources:
                        - AccountIds: ["123456789012"]
                        - AccountIds: ["210987654321"]
                          AllAwsRegions: false
                      OrganizationAggregationSource:
                        AllAwsRegions: true
                        RoleArn: arn:aws:iam::123456789012:role/config
                """,
            expected: ["Aggregator": "failed"]),
        Case(
            name: "organization source when accounts omit it", ruleID: "AVD-AWS-0019",
            yaml: """
                Resources:
                  Aggregator:
                    Type: AWS::Config::ConfigurationAggregator
                    Properties:
                      AccountAggregationSources:
                        - AccountIds: ["123456789012"]
                      OrganizationAggregationSource:
                        AllAwsRegions: true
                        RoleArn: arn:aws:iam::123456789012:role/config
                """,
            expected: ["Aggregator": "passed"]),
        Case(
            name: "allowed name prefixes and secret values", ruleID: "AVD-AWS-0036",
            yaml: """
                Resources:
                  Allowed:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      ContainerDefinitions:
                        - Name: app
                          Environment:
                            - Name: TOKEN_TYPE_HINT
                              Value: bearer
                            - Name: VERSION_TOKEN
                              Value: "3"
                  NamedSecret:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      ContainerDefinitions:
                        - Name: app
                          Environment:
                            - Name: GITHUB_TOKEN_PATH
                              Value: /run/token
                  UnknownValue:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      ContainerDefinitions:
                        - Name: app
                          Environment:
                            - Name: GREETING
                              Value: !Ref Unset
                Parameters:
                  Unset:
                    Type: String
                """,
            expected: ["Allowed": "passed", "NamedSecret": "failed", "UnknownValue": "unknown"]),
        Case(
            name: "stream encryption without type means KMS", ruleID: "AVD-AWS-0064",
            yaml: """
                Resources:
                  WithKey:
                    Type: AWS::Kinesis::Stream
                    Properties:
                      StreamEncryption:
                        KeyId: alias/events
                  WithoutKey:
                    Type: AWS::Kinesis::Stream
                    Properties:
                      StreamEncryption:
                        EncryptionType: KMS
                """,
            expected: ["WithKey": "passed", "WithoutKey": "failed"]),
        Case(
            name: "one enabled destination is enough", ruleID: "AVD-AWS-0074",
            yaml: """
                Resources:
                  Firehose:
                    Type: AWS::MSK::Cluster
                    Properties:
                      LoggingInfo:
                        BrokerLogs:
                          S3:
                            Enabled: false
                          Firehose:
                            Enabled: true
                            DeliveryStream: brokers
                  AllOff:
                    Type: AWS::MSK::Cluster
                    Properties:
                      LoggingInfo:
                        BrokerLogs:
                          S3:
                            Enabled: false
                """,
            expected: ["Firehose": "passed", "AllOff": "failed"]),
        Case(
            name: "private ranges pass with a public endpoint", ruleID: "AVD-AWS-0041",
            yaml: """
                Resources:
                  Private:
                    Type: AWS::EKS::Cluster
                    Properties:
                      ResourcesVpcConfig:
                        SubnetIds: [subnet-0123456789abcdef0]
                        PublicAccessCidrs: [10.20.0.0/16, 192.168.1.0/24]
                  Office:
                    Type: AWS::EKS::Cluster
                    Properties:
                      ResourcesVpcConfig:
                        SubnetIds: [subnet-0123456789abcdef0]
                        PublicAccessCidrs: [203.0.113.0/24]
                  EmptyList:
                    Type: AWS::EKS::Cluster
                    Properties:
                      ResourcesVpcConfig:
                        SubnetIds: [subnet-0123456789abcdef0]
                        PublicAccessCidrs: []
                  Unlisted:
                    Type: AWS::EKS::Cluster
                    Properties:
                      ResourcesVpcConfig:
                        SubnetIds: [subnet-0123456789abcdef0]
                  PrivateEndpoint:
                    Type: AWS::EKS::Cluster
                    Properties:
                      ResourcesVpcConfig:
                        SubnetIds: [subnet-0123456789abcdef0]
                        EndpointPublicAccess: false
                """,
            expected: [
                "Private": "passed", "Office": "failed", "EmptyList": "failed", "Unlisted": "failed",
                "PrivateEndpoint": "passed",
            ]),
        Case(
            name: "only redis clusters that can snapshot", ruleID: "AVD-AWS-0050",
            yaml: """
                Resources:
                  Memcached:
                    Type: AWS::ElastiCache::CacheCluster
                    Properties:
                      Engine: memcached
                      CacheNodeType: cache.m5.large
                      NumCacheNodes: 1
                  Micro:
                    Type: AWS::ElastiCache::CacheCluster
                    Properties:
                      Engine: redis
                      CacheNodeType: cache.t1.micro
                      NumCacheNodes: 1
                  NoSnapshots:
                    Type: AWS::ElastiCache::CacheCluster
                    Properties:
                      Engine: redis
                      CacheNodeType: cache.m5.large
                      NumCacheNodes: 1
                      SnapshotRetentionLimit: 0
                """,
            expected: ["NoSnapshots": "failed"]),
        Case(
            name: "explicit default key fails", ruleID: "AVD-AWS-0098",
            yaml: """
                Resources:
                  Linked:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      KmsKeyId: !GetAtt Key.Arn
                  DefaultKey:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      KmsKeyId: alias/aws/secretsmanager
                  Key:
                    Type: AWS::KMS::Key
                    Properties: {}
                """,
            expected: ["Linked": "passed", "DefaultKey": "failed"]),
        Case(
            name: "ssh key without source groups", ruleID: "RMP-AWS-0214",
            yaml: """
                Resources:
                  NoKey:
                    Type: AWS::EKS::Nodegroup
                    Properties:
                      ClusterName: platform
                      NodeRole: arn:aws:iam::123456789012:role/nodes
                      Subnets: [subnet-0123456789abcdef0]
                  Open:
                    Type: AWS::EKS::Nodegroup
                    Properties:
                      ClusterName: platform
                      NodeRole: arn:aws:iam::123456789012:role/nodes
                      Subnets: [subnet-0123456789abcdef0]
                      RemoteAccess:
                        Ec2SshKey: admin
                """,
            expected: ["NoKey": "passed", "Open": "failed"]),
    ]

    @Test(arguments: cases)
    func ruleGivesExpectedStatuses(_ testCase: Case) throws {
        let rule = try #require(AllRules.rule(named: testCase.ruleID))
        let output = Pipeline.run([Pipeline.Source(file: "template.yaml", text: testCase.yaml)], rules: [rule])
        var statuses: [String: String] = [:]
        for result in output.results {
            let status: String
            switch result.status {
            case .passed: status = "passed"
            case .failed: status = "failed"
            case .unknown: status = "unknown"
            }
            if statuses[result.resource.name] != "failed" { statuses[result.resource.name] = status }
        }
        #expect(statuses == testCase.expected)
    }

    struct RangeCase: CustomTestStringConvertible, Sendable {
        let cidr: String
        let isPublic: Bool
        var testDescription: String { cidr }
    }

    @Test(arguments: [
        RangeCase(cidr: "0.0.0.0/0", isPublic: true),
        RangeCase(cidr: "10.0.0.0/8", isPublic: false),
        RangeCase(cidr: "10.0.0.0/7", isPublic: true),
        RangeCase(cidr: "172.16.5.0/24", isPublic: false),
        RangeCase(cidr: "172.32.0.0/16", isPublic: true),
        RangeCase(cidr: "192.168.0.1", isPublic: false),
        RangeCase(cidr: "100.64.0.0/10", isPublic: false),
        RangeCase(cidr: "203.0.113.7/32", isPublic: true),
        RangeCase(cidr: "::/0", isPublic: true),
        RangeCase(cidr: "fd00::/8", isPublic: false),
        RangeCase(cidr: "2001:db8::/32", isPublic: true),
        RangeCase(cidr: "not-an-address", isPublic: true),
    ])
    func addressRangeIsPublic(_ testCase: RangeCase) {
        #expect(AddressRange.isPublic(testCase.cidr) == testCase.isPublic)
    }
}
