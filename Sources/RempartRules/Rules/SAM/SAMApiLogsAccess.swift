import RempartModel
import RempartSupport

/// SAM APIs log access.
struct SAMApiLogsAccess: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0113", aliases: ["CKV_AWS_76"], slug: "aws-sam-enable-api-access-logging", service: "sam",
        severity: .medium,
        title: LocalizedText("SAM APIs log access", fr: "Les API SAM journalisent les accès"),
        rationale: LocalizedText(
            "Access logs record who called the API and how, which an investigation needs.",
            fr: "Les journaux d'accès consignent qui a appelé l'API et comment, ce dont une enquête a besoin."),
        remediation: LocalizedText(
            "Set `AccessLogSetting.DestinationArn` to a log group (or in `Globals.Api`).",
            fr: "Définissez `AccessLogSetting.DestinationArn` à un groupe de journaux (ou dans `Globals.Api`)."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0113",
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
              ↓Orders:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
            """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SAMApi.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireSet(resource.accessLogDestination)
        }
    }
}
