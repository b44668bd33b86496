import RempartModel
import RempartSupport

/// REST API stages must run a cache cluster.
///
/// checkov's CKV_AWS_120 reads the stages of `AWS::ApiGateway::Stage` and of SAM's
/// `AWS::Serverless::Api`, which creates its stage from the same `CacheClusterEnabled`
/// property, so both are checked here.
struct APIGatewayStageHasCacheCluster: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0115",
        aliases: ["CKV_AWS_120"],
        slug: "apigateway-stage-cache-cluster",
        service: "apigateway",
        severity: .low,
        title: LocalizedText(
            "API Gateway stages have a cache cluster",
            fr: "Les étapes API Gateway ont une grappe de cache"),
        rationale: LocalizedText(
            "Without a cache cluster every request reaches the back end, so a flood of identical requests costs as much as distinct ones.",
            fr: "Sans grappe de cache, chaque requête atteint le serveur : un afflux de requêtes identiques coûte autant que des requêtes distinctes."),
        remediation: LocalizedText(
            "Set `CacheClusterEnabled: true` (and `CacheClusterSize`) on the `AWS::ApiGateway::Stage` or the `AWS::Serverless::Api`.",
            fr: "Définissez `CacheClusterEnabled: true` (et `CacheClusterSize`) sur l'`AWS::ApiGateway::Stage` ou l'`AWS::Serverless::Api`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html",
            "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-api.html",
        ],
        resourceTypes: ["AWS::ApiGateway::Stage", "AWS::Serverless::Api"],
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
                      CacheClusterEnabled: true
                      CacheClusterSize: "0.5"
                """),
            .init(
                """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Orders:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      CacheClusterEnabled: true
                      CacheClusterSize: "0.5"
                """),
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
                      CacheClusterEnabled: ↓false
                """),
            .init(
                """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  ↓Orders:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                """),
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\APIGatewayStage.isCacheClusterEnabled) { $0 }.evaluate(state, ruleID: Self.metadata.id)
            + AttributeCheck(\SAMApi.isCacheClusterEnabled) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
