import RempartModel
import RempartSupport

/// EKS clusters log every control plane component.
///
/// Each missing log type is named in the finding's detail.
struct EKSClusterLogsControlPlane: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0038", aliases: [], slug: "aws-eks-enable-control-plane-logging", service: "eks",
        severity: .medium,
        title: LocalizedText(
            "EKS clusters log every control plane component",
            fr: "Les grappes EKS journalisent chaque composant du plan de contrôle"),
        rationale: LocalizedText(
            "Without API, audit, authenticator, controller manager and scheduler logs, actions on the cluster cannot be traced.",
            fr:
                "Sans les journaux de l'API, d'audit, de l'authentificateur, du gestionnaire de contrôleurs et de l'ordonnanceur, les actions sur la grappe sont intraçables."
        ),
        remediation: LocalizedText(
            "List `api`, `audit`, `authenticator`, `controllerManager` and `scheduler` in `Logging.ClusterLogging.EnabledTypes`.",
            fr:
                "Listez `api`, `audit`, `authenticator`, `controllerManager` et `scheduler` dans `Logging.ClusterLogging.EnabledTypes`."
        ),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0038",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-logging.html",
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
                  Platform:
                    Type: AWS::EKS::Cluster
                    Properties:
                      RoleArn: arn:aws:iam::123456789012:role/eks
                      ResourcesVpcConfig:
                        SubnetIds: [subnet-0123456789abcdef0, subnet-0123456789abcdef1]
                      Logging:
                        ClusterLogging:
                          EnabledTypes:
                            ↓- Type: api
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(EKSCluster.self).map { cluster in
            let verdict = Verdict(Self.metadata.id, cluster.address)
            return verdict.require(cluster.enabledLogTypes, detail: missingTypes(cluster)) { enabled in
                Self.logTypes.allSatisfy { enabled.contains($0) }
            }
        }
    }

    /// The log types trivy requires, as EKS spells them.
    static let logTypes = ["api", "audit", "authenticator", "controllerManager", "scheduler"]

    private func missingTypes(_ cluster: EKSCluster) -> LocalizedText? {
        guard let enabled = cluster.enabledLogTypes.value else { return nil }
        let missing = Self.logTypes.filter { !enabled.contains($0) }.joined(separator: ", ")
        return LocalizedText("missing log types: \(missing)", fr: "types de journaux manquants : \(missing)")
    }
}
