import RempartModel
import RempartSupport

/// SAM APIs encrypt their response cache.
///
/// trivy titles this check "SAM API must have data cache enabled", but it tests cache encryption, as this rule
/// does.
struct SAMApiEncryptsCache: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0110", aliases: [], slug: "aws-sam-enable-api-cache-encryption", service: "sam",
        severity: .medium,
        title: LocalizedText(
            "SAM APIs encrypt their response cache",
            fr: "Les API SAM chiffrent leur cache de réponses"),
        rationale: LocalizedText(
            "Cached responses may contain personal or secret data; unencrypted, they are readable from the cache storage.",
            fr:
                "Les réponses en cache peuvent contenir des données personnelles ou secrètes ; non chiffrées, elles sont lisibles dans le stockage du cache."
        ),
        remediation: LocalizedText(
            "Set `CacheDataEncrypted: true` in the `MethodSettings` entries of the API (or in `Globals.Api`).",
            fr:
                "Définissez `CacheDataEncrypted: true` dans les entrées `MethodSettings` de l'API (ou dans `Globals.Api`)."
        ),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0110",
            "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-api.html",
        ],
        limitations: LocalizedText(
            "SAM writes `MethodSettings` as a list; the API passes when one entry sets `CacheDataEncrypted: true`. trivy reads it as a single mapping.",
            fr:
                "SAM écrit `MethodSettings` sous forme de liste ; l'API passe si une entrée définit `CacheDataEncrypted: true`. trivy la lit comme un seul mappage."
        ),
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
                  ↓Orders:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                """),
            .init(
                """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Orders:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      MethodSettings:
                        - ResourcePath: /*
                          HttpMethod: "*"
                          CacheDataEncrypted: ↓false
                """),
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SAMApi.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isCacheDataEncrypted)
        }
    }
}
