import RempartModel
import RempartSupport

/// SAM APIs turn on X-Ray tracing.
struct SAMApiHasTracing: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0111", aliases: ["CKV_AWS_73"], slug: "aws-sam-enable-api-tracing", service: "sam",
        severity: .low,
        title: LocalizedText("SAM APIs turn on X-Ray tracing", fr: "Les API SAM activent le traçage X-Ray"),
        rationale: LocalizedText(
            "Tracing shows how requests flow through the API and its back ends, which helps find abuse and failures.",
            fr: "Le traçage montre le parcours des requêtes dans l'API et ses services dorsaux, ce qui aide à repérer abus et pannes."),
        remediation: LocalizedText(
            "Set `TracingEnabled: true` on the API (or in `Globals.Api`).",
            fr: "Définissez `TracingEnabled: true` sur l'API (ou dans `Globals.Api`)."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0111",
            "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-api.html",
        ],
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
                  TracingEnabled: ↓false
            """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SAMApi.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isTracingEnabled)
        }
    }
}
