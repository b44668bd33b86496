import RempartModel
import RempartSupport

/// EKS clusters encrypt Kubernetes secrets with a KMS key.
struct EKSClusterEncryptsSecrets: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0039", aliases: [], slug: "aws-eks-encrypt-secrets", service: "eks",
        severity: .high,
        title: LocalizedText(
            "EKS clusters encrypt Kubernetes secrets with a KMS key",
            fr: "Les grappes EKS chiffrent les secrets Kubernetes avec une clé KMS"),
        rationale: LocalizedText(
            "Envelope encryption keeps Kubernetes secrets unreadable in etcd even to someone who reads its storage.",
            fr:
                "Le chiffrement d'enveloppe garde les secrets Kubernetes illisibles dans etcd, même pour qui lit son stockage."
        ),
        remediation: LocalizedText(
            "Add an `EncryptionConfig` entry with `Resources: [secrets]` and `Provider.KeyArn` set to a KMS key.",
            fr:
                "Ajoutez une entrée `EncryptionConfig` avec `Resources: [secrets]` et `Provider.KeyArn` défini à une clé KMS."
        ),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0039",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-encryptionconfig.html",
        ],
        resourceTypes: ["AWS::EKS::Cluster"],
        goodExamples: [
            .init(
                """
                Resources:
                  Platform:
                    Type: AWS::EKS::Cluster
                    Properties:
                      RoleArn: arn:aws:iam::123456789012:role/eks
                      ResourcesVpcConfig:
                        SubnetIds: [subnet-0123456789abcdef0, subnet-0123456789abcdef1]
                        EndpointPublicAccess: false
                        EndpointPrivateAccess: true
                      EncryptionConfig:
                        - Resources: [secrets]
                          Provider:
                            KeyArn: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
                      Logging:
                        ClusterLogging:
                          EnabledTypes:
                            - Type: api
                            - Type: audit
                            - Type: authenticator
                            - Type: controllerManager
                            - Type: scheduler
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Platform:
                    Type: AWS::EKS::Cluster
                    Properties:
                      RoleArn: arn:aws:iam::123456789012:role/eks
                      ResourcesVpcConfig:
                        SubnetIds: [subnet-0123456789abcdef0, subnet-0123456789abcdef1]
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(EKSCluster.self).map { cluster in
            let verdict = Verdict(Self.metadata.id, cluster.address)
            switch cluster.encryptionConfigs.state {
            case .unknown(let reason):
                return verdict.unknown(reason, at: cluster.encryptionConfigs.origin)
            case .known(let configs):
                // As in trivy, only the first entry is read: EKS accepts a single one.
                guard let config = configs.first else { return verdict.failed(at: cluster.encryptionConfigs.origin) }
                return verdict.require(config.resources) { $0.contains("secrets") }.then {
                    verdict.requireSet(config.keyARN)
                }
            }
        }
    }
}
