import RempartModel
import RempartSupport

/// EKS clusters turn on envelope encryption of secrets.
struct EKSClusterEncryptsSecretsConfig: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0202", aliases: ["CKV_AWS_58"], slug: "aws-eks-secrets-encryption-config", service: "eks",
        severity: .medium,
        title: LocalizedText(
            "EKS clusters turn on envelope encryption of secrets",
            fr: "Les grappes EKS activent le chiffrement d'enveloppe des secrets"),
        rationale: LocalizedText(
            "Envelope encryption keeps Kubernetes secrets unreadable in etcd even to someone who reads its storage.",
            fr:
                "Le chiffrement d'enveloppe garde les secrets Kubernetes illisibles dans etcd, même pour qui lit son stockage."
        ),
        remediation: LocalizedText(
            "Add an `EncryptionConfig` entry whose `Resources` lists `secrets`.",
            fr: "Ajoutez une entrée `EncryptionConfig` dont `Resources` liste `secrets`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/EKSSecretsEncryption.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-encryptionconfig.html",
        ],
        limitations: LocalizedText(
            "Unlike AVD-AWS-0039, a configuration without `Provider.KeyArn` passes, as in checkov.",
            fr: "Contrairement à AVD-AWS-0039, une configuration sans `Provider.KeyArn` passe, comme dans checkov."),
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
                      EncryptionConfig:
                        - Resources: [secrets]
                          Provider:
                            KeyArn: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
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
                let results = configs.map { config in verdict.require(config.resources) { $0.contains("secrets") } }
                if let pass = results.first(where: { $0.status == .passed }) { return pass }
                if let unknown = results.first(where: { $0.status != .failed }) { return unknown }
                return verdict.failed(at: cluster.encryptionConfigs.origin)
            }
        }
    }
}
