import RempartModel
import RempartSupport

/// EKS cluster API endpoints are private.
struct EKSClusterHasNoPublicEndpoint: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0040", aliases: [], slug: "aws-eks-no-public-cluster-access", service: "eks",
        severity: .critical,
        title: LocalizedText(
            "EKS cluster API endpoints are private",
            fr: "Les points de terminaison d'API des grappes EKS sont privés"),
        rationale: LocalizedText(
            "A public API endpoint exposes the Kubernetes control plane to the internet, one stolen credential away from the cluster.",
            fr:
                "Un point de terminaison d'API public expose le plan de contrôle Kubernetes à Internet, à un identifiant volé de la grappe."
        ),
        remediation: LocalizedText(
            "Set `ResourcesVpcConfig.EndpointPublicAccess` to `false` and `EndpointPrivateAccess` to `true`.",
            fr: "Définissez `ResourcesVpcConfig.EndpointPublicAccess` à `false` et `EndpointPrivateAccess` à `true`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0040",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-resourcesvpcconfig.html",
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
                        EndpointPublicAccess: ↓true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(EKSCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.isPublicAccessEnabled) { !$0 }
        }
    }
}
