import RempartModel
import RempartSupport

/// MSK clusters declare encryption at rest.
struct MSKClusterEncryptsAtRest: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0179", aliases: [], slug: "aws-msk-enable-at-rest-encryption", service: "msk",
        severity: .high,
        title: LocalizedText(
            "MSK clusters declare encryption at rest",
            fr: "Les grappes MSK déclarent le chiffrement au repos"),
        rationale: LocalizedText(
            "Declaring the at-rest encryption settings makes the choice of key explicit for the broker volumes.",
            fr:
                "Déclarer les paramètres de chiffrement au repos rend explicite le choix de la clé des volumes des agents."
        ),
        remediation: LocalizedText(
            "Set `EncryptionInfo.EncryptionAtRest`, with `DataVolumeKMSKeyId` naming a customer managed key.",
            fr:
                "Définissez `EncryptionInfo.EncryptionAtRest`, avec `DataVolumeKMSKeyId` nommant une clé gérée par le client."
        ),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0179",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-encryptionatrest.html",
        ],
        limitations: LocalizedText(
            "MSK always encrypts broker volumes, with an AWS managed key by default; like trivy, this rule fails a cluster that omits `EncryptionInfo.EncryptionAtRest`.",
            fr:
                "MSK chiffre toujours les volumes des agents, avec une clé gérée par AWS par défaut ; comme trivy, cette règle échoue si `EncryptionInfo.EncryptionAtRest` est absent."
        ),
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
        state.all(MSKCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.hasEncryptionAtRest)
        }
    }
}
