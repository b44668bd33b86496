import RempartModel
import RempartSupport

/// REST, HTTP and WebSocket API stages must write access logs.
struct APIGatewayStageHasAccessLogging: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0001",
        aliases: ["CKV_AWS_76", "CKV_AWS_95"],
        slug: "apigateway-enable-access-logging",
        service: "apigateway",
        severity: .medium,
        title: LocalizedText(
            "API Gateway stages have access logging",
            fr: "Les étapes API Gateway journalisent les accès"),
        rationale: LocalizedText(
            "Access logs record who called which route and with what result; without them abuse and incidents cannot be investigated.",
            fr: "Les journaux d'accès enregistrent qui a appelé quelle route et avec quel résultat ; sans eux, les abus et les incidents ne peuvent pas faire l'objet d'une enquête."),
        remediation: LocalizedText(
            "Set `AccessLogSetting.DestinationArn` on the `AWS::ApiGateway::Stage`, or `AccessLogSettings.DestinationArn` on the `AWS::ApiGatewayV2::Stage`, to a log group ARN.",
            fr: "Définissez `AccessLogSetting.DestinationArn` sur l'`AWS::ApiGateway::Stage`, ou `AccessLogSettings.DestinationArn` sur l'`AWS::ApiGatewayV2::Stage`, avec l'ARN d'un groupe de journaux."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/apigateway/avd-aws-0001/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-stage.html",
        ],
        limitations: LocalizedText(
            "trivy checks only stages whose API is declared in the same template; Rempart checks every stage.",
            fr: "trivy ne vérifie que les étapes dont l'API est déclarée dans le même modèle ; Rempart vérifie toutes les étapes."),
        resourceTypes: ["AWS::ApiGateway::Stage", "AWS::ApiGatewayV2::Stage", "AWS::ApiGateway::RestApi", "AWS::ApiGatewayV2::Api"],
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
                      AccessLogSetting:
                        DestinationArn: arn:aws:logs:us-east-1:123456789012:log-group:api-access
                        Format: $context.requestId
                """),
            .init(
                """
                Resources:
                  Api:
                    Type: AWS::ApiGatewayV2::Api
                    Properties:
                      Name: orders
                      ProtocolType: HTTP
                  Prod:
                    Type: AWS::ApiGatewayV2::Stage
                    Properties:
                      ApiId: !Ref Api
                      StageName: prod
                      AccessLogSettings:
                        DestinationArn: arn:aws:logs:us-east-1:123456789012:log-group:api-access
                        Format: $context.requestId
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
                  ↓Prod:
                    Type: AWS::ApiGateway::Stage
                    Properties:
                      RestApiId: !Ref Api
                      DeploymentId: a1b2c3
                      StageName: prod
                """),
            .init(
                """
                Resources:
                  Api:
                    Type: AWS::ApiGatewayV2::Api
                    Properties:
                      Name: orders
                      ProtocolType: HTTP
                  ↓Prod:
                    Type: AWS::ApiGatewayV2::Stage
                    Properties:
                      ApiId: !Ref Api
                      StageName: prod
                      AccessLogSettings:
                        Format: $context.requestId
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\APIGatewayStage.accessLogDestination) { $0.isSet }.evaluate(state, ruleID: Self.metadata.id)
            + AttributeCheck(\APIGatewayV2Stage.accessLogDestination) { $0.isSet }.evaluate(state, ruleID: Self.metadata.id)
    }
}
