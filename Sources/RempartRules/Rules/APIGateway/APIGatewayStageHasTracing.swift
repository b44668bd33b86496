import RempartModel
import RempartSupport

/// REST API stages must send traces to X-Ray.
struct APIGatewayStageHasTracing: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0003",
        aliases: ["CKV_AWS_73"],
        slug: "apigateway-enable-tracing",
        service: "apigateway",
        severity: .low,
        title: LocalizedText(
            "API Gateway stages have X-Ray tracing",
            fr: "Les étapes API Gateway ont le traçage X-Ray"),
        rationale: LocalizedText(
            "Traces follow each request through the API and its back ends, which is how latency problems and unexpected calls are found.",
            fr: "Les traces suivent chaque requête à travers l'API et ses serveurs, ce qui permet de trouver les problèmes de latence et les appels inattendus."),
        remediation: LocalizedText(
            "Set `TracingEnabled: true` on the `AWS::ApiGateway::Stage`.",
            fr: "Définissez `TracingEnabled: true` sur l'`AWS::ApiGateway::Stage`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/apigateway/avd-aws-0003/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html",
        ],
        resourceTypes: ["AWS::ApiGateway::Stage", "AWS::ApiGateway::RestApi"],
        goodExamples: [
            .init(
                """
                Resources:
                  Api:
                    Type: AWS::ApiGateway::RestApi
                    Properties:
                      Name: orders
                  Prod:
                    Type: AWS::ApiGateway::Stage
                    Properties:
                      RestApiId: !Ref Api
                      DeploymentId: a1b2c3
                      StageName: prod
                      TracingEnabled: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Api:
                    Type: AWS::ApiGateway::RestApi
                    Properties:
                      Name: orders
                  Prod:
                    Type: AWS::ApiGateway::Stage
                    Properties:
                      RestApiId: !Ref Api
                      DeploymentId: a1b2c3
                      StageName: prod
                      TracingEnabled: ↓false
                """),
            .init(
                """
                Resources:
                  Api:
                    Type: AWS::ApiGateway::RestApi
                    Properties:
                      Name: orders
                  ↓Prod:
                    Type: AWS::ApiGateway::Stage
                    Properties:
                      RestApiId: !Ref Api
                      DeploymentId: a1b2c3
                      StageName: prod
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\APIGatewayStage.isTracingEnabled) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
