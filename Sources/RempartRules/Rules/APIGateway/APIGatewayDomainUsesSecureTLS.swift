import RempartModel
import RempartSupport

/// Custom domain names must require TLS 1.2 or later.
struct APIGatewayDomainUsesSecureTLS: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0005",
        slug: "apigateway-use-secure-tls-policy",
        service: "apigateway",
        severity: .high,
        title: LocalizedText(
            "API Gateway domain names use a current TLS policy",
            fr: "Les noms de domaine API Gateway utilisent une politique TLS à jour"),
        rationale: LocalizedText(
            "`TLS_1_0` accepts TLS 1.0 and 1.1, whose weaknesses let an attacker on the path downgrade and decrypt traffic.",
            fr: "`TLS_1_0` accepte TLS 1.0 et 1.1, dont les faiblesses permettent à un attaquant sur le trajet de rétrograder et de déchiffrer le trafic."),
        remediation: LocalizedText(
            "Set `SecurityPolicy: TLS_1_2` (or a `SecurityPolicy_TLS13_…` policy) on the `AWS::ApiGateway::DomainName`, or in `DomainNameConfigurations` of the `AWS::ApiGatewayV2::DomainName`.",
            fr: "Définissez `SecurityPolicy: TLS_1_2` (ou une politique `SecurityPolicy_TLS13_…`) sur l'`AWS::ApiGateway::DomainName`, ou dans `DomainNameConfigurations` de l'`AWS::ApiGatewayV2::DomainName`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/apigateway/avd-aws-0005/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html",
        ],
        limitations: LocalizedText(
            "A v1 domain name without `SecurityPolicy` gets `TLS_1_0` from the API and fails; a v2 domain name defaults to `TLS_1_2`. trivy reads v1 domain names twice and ignores v2 ones.",
            fr: "Un nom de domaine v1 sans `SecurityPolicy` reçoit `TLS_1_0` de l'API et échoue ; un nom de domaine v2 a `TLS_1_2` par défaut. trivy lit deux fois les noms de domaine v1 et ignore les v2."),
        resourceTypes: ["AWS::ApiGateway::DomainName", "AWS::ApiGatewayV2::DomainName"],
        goodExamples: [
            .init(
                """
                Resources:
                  ApiDomain:
                    Type: AWS::ApiGateway::DomainName
                    Properties:
                      DomainName: api.example.com
                      RegionalCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d
                      SecurityPolicy: TLS_1_2
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ApiDomain:
                    Type: AWS::ApiGateway::DomainName
                    Properties:
                      DomainName: api.example.com
                      RegionalCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d
                      SecurityPolicy: ↓TLS_1_0
                """),
            .init(
                """
                Resources:
                  ↓ApiDomain:
                    Type: AWS::ApiGateway::DomainName
                    Properties:
                      DomainName: api.example.com
                      RegionalCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\APIGatewayDomainName.securityPolicy) { policy in
            Self.acceptedPolicies.contains { PolicyPattern.matches(pattern: $0, value: policy) }
        }.evaluate(state, ruleID: Self.metadata.id)
    }

    /// Accepted security policies; `*` stands for any run of characters.
    private static let acceptedPolicies = ["TLS_1_2", "SecurityPolicy_TLS12_*_EDGE", "SecurityPolicy_TLS13_*"]
}
