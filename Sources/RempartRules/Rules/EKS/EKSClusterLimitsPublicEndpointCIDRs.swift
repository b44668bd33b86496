import RempartModel
import RempartSupport

/// EKS public endpoints accept only private address ranges.
struct EKSClusterLimitsPublicEndpointCIDRs: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0041", aliases: [], slug: "aws-eks-no-public-cluster-access-to-cidr", service: "eks",
        severity: .critical,
        title: LocalizedText(
            "EKS public endpoints accept only private address ranges",
            fr: "Les points de terminaison publics EKS n'acceptent que des plages d'adresses privées"),
        rationale: LocalizedText(
            "A public endpoint open to public ranges lets anyone on the internet reach the Kubernetes API.",
            fr:
                "Un point de terminaison public ouvert à des plages publiques permet à quiconque sur Internet d'atteindre l'API Kubernetes."
        ),
        remediation: LocalizedText(
            "Turn off `ResourcesVpcConfig.EndpointPublicAccess`, or limit `ResourcesVpcConfig.PublicAccessCidrs` to known ranges.",
            fr:
                "Désactivez `ResourcesVpcConfig.EndpointPublicAccess`, ou limitez `ResourcesVpcConfig.PublicAccessCidrs` à des plages connues."
        ),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0041",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-resourcesvpcconfig.html",
        ],
        limitations: LocalizedText(
            "A public endpoint without `PublicAccessCidrs` fails, because EKS then allows 0.0.0.0/0; trivy applies that default only to an empty list and passes a missing one.",
            fr:
                "Un point de terminaison public sans `PublicAccessCidrs` échoue, car EKS autorise alors 0.0.0.0/0 ; trivy n'applique ce défaut qu'à une liste vide et accepte une liste absente."
        ),
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
                        EndpointPublicAccess: true
                        PublicAccessCidrs: ↓[0.0.0.0/0]
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(EKSCluster.self).map { cluster in
            let verdict = Verdict(Self.metadata.id, cluster.address)
            return verdict.require(cluster.isPublicAccessEnabled) { !$0 }.orElse {
                verdict.require(cluster.publicAccessCIDRs) { cidrs in !cidrs.contains(where: AddressRange.isPublic) }
            }
        }
    }
}
