import RempartModel
import RempartSupport

/// SAM HTTP APIs log access.
struct SAMHttpApiLogsAccess: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0116", aliases: ["CKV_AWS_95"], slug: "aws-sam-enable-http-api-access-logging", service: "sam",
        severity: .medium,
        title: LocalizedText("SAM HTTP APIs log access", fr: "Les API HTTP SAM journalisent les accès"),
        rationale: LocalizedText(
            "Access logs record who called the API and how, which an investigation needs.",
            fr: "Les journaux d'accès consignent qui a appelé l'API et comment, ce dont une enquête a besoin."),
        remediation: LocalizedText(
            "Set `AccessLogSettings.DestinationArn` to a log group (or in `Globals.HttpApi`).",
            fr: "Définissez `AccessLogSettings.DestinationArn` à un groupe de journaux (ou dans `Globals.HttpApi`)."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0116",
            "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-httpapi.html",
        ],
        resourceTypes: ["AWS::Serverless::HttpApi"],
        goodExamples: [
            .init(
            """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Gateway:
                Type: AWS::Serverless::HttpApi
                Properties:
                  AccessLogSettings:
                    DestinationArn: arn:aws:logs:us-east-1:123456789012:log-group:gateway-access
                    Format: $context.requestId
            """)
        ],
        badExamples: [
            .init(
            """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              ↓Gateway:
                Type: AWS::Serverless::HttpApi
                Properties:
                  StageName: prod
            """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SAMHttpApi.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireSet(resource.accessLogDestination)
        }
    }
}
