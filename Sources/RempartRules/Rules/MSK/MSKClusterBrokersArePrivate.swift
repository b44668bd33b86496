import RempartModel
import RempartSupport

/// MSK brokers have no public addresses.
struct MSKClusterBrokersArePrivate: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0223", aliases: ["CKV_AWS_291"], slug: "aws-msk-nodes-private", service: "msk",
        severity: .high,
        title: LocalizedText(
            "MSK brokers have no public addresses",
            fr: "Les agents MSK n'ont pas d'adresse publique"),
        rationale: LocalizedText(
            "Public broker addresses expose Kafka to the internet, one misconfigured listener away from the data.",
            fr: "Des adresses publiques d'agents exposent Kafka à Internet, à un écouteur mal configuré des données."),
        remediation: LocalizedText(
            "Set `BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type` to `DISABLED`.",
            fr: "Définissez `BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type` à `DISABLED`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/MSKClusterNodesArePrivate.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-publicaccess.html",
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
                        ConnectivityInfo:
                          PublicAccess:
                            Type: DISABLED
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
                        ConnectivityInfo:
                          PublicAccess:
                            Type: ↓SERVICE_PROVIDED_EIPS
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(MSKCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.publicAccessType) { $0 != "SERVICE_PROVIDED_EIPS" }
        }
    }
}
