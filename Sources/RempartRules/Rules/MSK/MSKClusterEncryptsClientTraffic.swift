import RempartModel
import RempartSupport

/// MSK clusters accept only TLS from clients.
struct MSKClusterEncryptsClientTraffic: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0073", aliases: [], slug: "aws-msk-enable-in-transit-encryption", service: "msk",
        severity: .high,
        title: LocalizedText(
            "MSK clusters accept only TLS from clients",
            fr: "Les grappes MSK n'acceptent que TLS des clients"),
        rationale: LocalizedText(
            "Plain-text client connections expose messages and credentials on the network.",
            fr: "Les connexions client en clair exposent les messages et les identifiants sur le réseau."),
        remediation: LocalizedText(
            "Set `EncryptionInfo.EncryptionInTransit.ClientBroker` to `TLS`.",
            fr: "Définissez `EncryptionInfo.EncryptionInTransit.ClientBroker` à `TLS`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0073",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-encryptionintransit.html",
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
                        EncryptionInTransit:
                          ClientBroker: ↓TLS_PLAINTEXT
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(MSKCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.clientBroker) { $0 != "PLAINTEXT" && $0 != "TLS_PLAINTEXT" }
        }
    }
}
