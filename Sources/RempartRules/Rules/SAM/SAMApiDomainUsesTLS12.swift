import RempartModel
import RempartSupport

/// SAM API custom domains require TLS 1.2.
struct SAMApiDomainUsesTLS12: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0112", aliases: [], slug: "aws-sam-api-use-secure-tls-policy", service: "sam",
        severity: .high,
        title: LocalizedText(
            "SAM API custom domains require TLS 1.2",
            fr: "Les domaines personnalisés des API SAM exigent TLS 1.2"),
        rationale: LocalizedText(
            "TLS 1.0 and 1.1 have known weaknesses that let an attacker read or alter traffic.",
            fr: "TLS 1.0 et 1.1 ont des faiblesses connues qui permettent de lire ou de modifier le trafic."),
        remediation: LocalizedText(
            "Set `Domain.SecurityPolicy` to `TLS_1_2`.",
            fr: "Définissez `Domain.SecurityPolicy` à `TLS_1_2`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0112",
            "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-domainconfiguration.html",
        ],
        limitations: LocalizedText(
            "As in trivy, an API without `Domain.SecurityPolicy` fails, even without a custom domain.",
            fr: "Comme dans trivy, une API sans `Domain.SecurityPolicy` échoue, même sans domaine personnalisé."),
        resourceTypes: ["AWS::Serverless::Api"],
        goodExamples: [
            .init(
                """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Orders:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      TracingEnabled: true
                      AccessLogSetting:
                        DestinationArn: arn:aws:logs:us-east-1:123456789012:log-group:orders-access
                        Format: $context.requestId
                      MethodSettings:
                        - ResourcePath: /*
                          HttpMethod: "*"
                          CachingEnabled: true
                          CacheDataEncrypted: true
                      Domain:
                        DomainName: orders.example.com
                        CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012
                        SecurityPolicy: TLS_1_2
                """)
        ],
        badExamples: [
            .init(
                """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Orders:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      Domain:
                        DomainName: orders.example.com
                        CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012
                        SecurityPolicy: ↓TLS_1_0
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SAMApi.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.domainSecurityPolicy) { $0 == "TLS_1_2" }
        }
    }
}
