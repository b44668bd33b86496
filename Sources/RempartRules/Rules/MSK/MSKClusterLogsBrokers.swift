import RempartModel
import RempartSupport

/// MSK clusters ship broker logs.
struct MSKClusterLogsBrokers: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0074", aliases: ["CKV_AWS_80"], slug: "aws-msk-enable-logging", service: "msk",
        severity: .medium,
        title: LocalizedText(
            "MSK clusters ship broker logs",
            fr: "Les grappes MSK expédient les journaux des agents"),
        rationale: LocalizedText(
            "Broker logs are needed to investigate failures and unexpected access to the cluster.",
            fr:
                "Les journaux des agents sont nécessaires pour enquêter sur les pannes et les accès inattendus à la grappe."
        ),
        remediation: LocalizedText(
            "Enable one of `LoggingInfo.BrokerLogs.CloudWatchLogs`, `Firehose` or `S3`.",
            fr: "Activez l'un de `LoggingInfo.BrokerLogs.CloudWatchLogs`, `Firehose` ou `S3`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0074",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-brokerlogs.html",
        ],
        resourceTypes: ["AWS::MSK::Cluster"],
        goodExamples: [
            .init(
                """
                Resources:
                  Streams:
                    Type: AWS::MSK::Cluster
                    Properties:
                      ClusterName: streams
                      KafkaVersion: "3.6.0"
                      NumberOfBrokerNodes: 3
                      BrokerNodeGroupInfo:
                        InstanceType: kafka.m5.large
                        ClientSubnets: [subnet-0123456789abcdef0, subnet-0123456789abcdef1, subnet-0123456789abcdef2]
                      EncryptionInfo:
                        EncryptionAtRest:
                          DataVolumeKMSKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
                        EncryptionInTransit:
                          ClientBroker: TLS
                          InCluster: true
                      LoggingInfo:
                        BrokerLogs:
                          CloudWatchLogs:
                            Enabled: true
                            LogGroup: msk-brokers
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Streams:
                    Type: AWS::MSK::Cluster
                    Properties:
                      ClusterName: streams
                      KafkaVersion: "3.6.0"
                      NumberOfBrokerNodes: 3
                      BrokerNodeGroupInfo:
                        InstanceType: kafka.m5.large
                        ClientSubnets: [subnet-0123456789abcdef0, subnet-0123456789abcdef1, subnet-0123456789abcdef2]
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(MSKCluster.self).map { cluster in
            let verdict = Verdict(Self.metadata.id, cluster.address)
            let destinations = [
                cluster.isS3LoggingEnabled, cluster.isCloudWatchLoggingEnabled, cluster.isFirehoseLoggingEnabled,
            ]
            if let enabled = destinations.first(where: { $0.value == true }) {
                return verdict.passed(at: enabled.origin)
            }
            if let unknown = destinations.first(where: { $0.value == nil }) { return verdict.requireTrue(unknown) }
            return verdict.failed(at: cluster.brokerLogsOrigin)
        }
    }
}
