import RempartModel
import RempartSupport

/// REST API stages must run a cache cluster.
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
            "Set `CacheClusterEnabled: true` (and `CacheClusterSize`) on the `AWS::ApiGateway::Stage`.",
            fr: "Définissez `CacheClusterEnabled: true` (et `CacheClusterSize`) sur l'`AWS::ApiGateway::Stage`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html",
        ],
        resourceTypes: ["AWS::ApiGateway::Stage"],
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
                      CacheClusterEnabled: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\APIGatewayStage.isCacheClusterEnabled) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
