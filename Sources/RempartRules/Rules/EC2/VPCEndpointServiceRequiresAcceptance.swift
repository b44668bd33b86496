import RempartModel
import RempartSupport

/// VPC endpoint services must wait for the owner's approval of each connection request.
///
/// Reads `AcceptanceRequired` of `AWS::EC2::VPCEndpointService`, false when absent.
struct VPCEndpointServiceRequiresAcceptance: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0239",
        aliases: ["CKV_AWS_123"],
        slug: "aws-vpc-endpoint-service-acceptance",
        service: "ec2",
        severity: .medium,
        title: LocalizedText(
            "VPC endpoint services require manual acceptance of connections",
            fr: "Les services de point de terminaison VPC exigent l'acceptation manuelle des connexions"),
        rationale: LocalizedText(
            "Without acceptance, any principal allowed by the service's permissions connects its VPC to the service as soon as it creates an endpoint; a too broad allowed principal (such as `*`) then opens the service behind the Network Load Balancer to other accounts without anyone noticing.",
            fr: "Sans acceptation, tout principal autorisé par les permissions du service y relie son VPC dès qu'il crée un point de terminaison ; un principal autorisé trop large (comme `*`) ouvre alors le service derrière l'équilibreur de charge réseau à d'autres comptes sans que personne le remarque."),
        remediation: LocalizedText(
            "Set `AcceptanceRequired: true` on the `AWS::EC2::VPCEndpointService`, and accept each connection request after checking the requesting account.",
            fr: "Réglez `AcceptanceRequired: true` sur le `AWS::EC2::VPCEndpointService`, et acceptez chaque demande de connexion après avoir vérifié le compte demandeur."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/VPCEndpointAcceptanceConfigured.py",
            "https://docs.aws.amazon.com/vpc/latest/privatelink/configure-endpoint-service.html",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-vpcendpointservice.html",
        ],
        resourceTypes: ["AWS::EC2::VPCEndpointService"],
        goodExamples: [
            .init(
                """
                Resources:
                  OrdersService:
                    Type: AWS::EC2::VPCEndpointService
                    Properties:
                      AcceptanceRequired: true
                      NetworkLoadBalancerArns:
                        - arn:aws:elasticloadbalancing:ca-central-1:111122223333:loadbalancer/net/orders/0123456789abcdef
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  OrdersService:
                    Type: AWS::EC2::VPCEndpointService
                    Properties:
                      AcceptanceRequired: ↓false
                      NetworkLoadBalancerArns:
                        - arn:aws:elasticloadbalancing:ca-central-1:111122223333:loadbalancer/net/orders/0123456789abcdef
                """),
            .init(
                """
                Resources:
                  ↓OrdersService:
                    Type: AWS::EC2::VPCEndpointService
                    Properties:
                      NetworkLoadBalancerArns:
                        - arn:aws:elasticloadbalancing:ca-central-1:111122223333:loadbalancer/net/orders/0123456789abcdef
                """),
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\VPCEndpointService.acceptanceRequired) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
