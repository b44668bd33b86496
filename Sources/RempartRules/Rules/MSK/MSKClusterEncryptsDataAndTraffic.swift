import RempartModel
import RempartSupport

/// MSK clusters declare encryption and use TLS everywhere.
struct MSKClusterEncryptsDataAndTraffic: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0233", aliases: ["CKV_AWS_81"], slug: "aws-msk-encryption-rest-and-transit", service: "msk",
        severity: .high,
        title: LocalizedText(
            "MSK clusters declare encryption and use TLS everywhere",
            fr: "Les grappes MSK déclarent le chiffrement et utilisent TLS partout"),
        rationale: LocalizedText(
            "Without TLS between clients and brokers or between brokers, messages cross the network in clear text.",
            fr: "Sans TLS entre clients et agents ou entre agents, les messages circulent en clair sur le réseau."),
        remediation: LocalizedText(
            "Set `EncryptionInfo`, with `EncryptionInTransit.ClientBroker: TLS` and `EncryptionInTransit.InCluster: true` if given.",
            fr:
                "Définissez `EncryptionInfo`, avec `EncryptionInTransit.ClientBroker: TLS` et `EncryptionInTransit.InCluster: true` s'ils sont précisés."
        ),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/MSKClusterEncryption.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-encryptioninfo.html",
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
                        ClientSubnets: [subnet-0123456789abcdef0]
                      EncryptionInfo:
                        EncryptionInTransit:
                          ClientBroker: TLS
                          InCluster: true
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
                        ClientSubnets: [subnet-0123456789abcdef0]
                      EncryptionInfo:
                        EncryptionInTransit:
                          InCluster: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(MSKCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.hasEncryptionInfo)
                .then { verdict.require(resource.clientBroker) { $0 == "TLS" } }
                .then { verdict.requireTrue(resource.isInClusterEncryptionEnabled) }
        }
    }
}
