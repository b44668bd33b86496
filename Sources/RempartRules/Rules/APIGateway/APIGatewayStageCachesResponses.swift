import RempartModel
import RempartSupport

/// REST API stages whose method settings are declared must enable response caching in them.
struct APIGatewayStageCachesResponses: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0190",
        slug: "apigateway-enable-cache",
        service: "apigateway",
        severity: .low,
        title: LocalizedText(
            "API Gateway method settings enable caching",
            fr: "Les réglages de méthodes API Gateway activent le cache"),
        rationale: LocalizedText(
            "Caching absorbs repeated requests before they reach the back end, which limits the cost and impact of request floods.",
            fr: "Le cache absorbe les requêtes répétées avant qu'elles atteignent le serveur, ce qui limite le coût et l'effet des afflux de requêtes."),
        remediation: LocalizedText(
            "Set `CachingEnabled: true` in the `MethodSettings` entries of the `AWS::ApiGateway::Stage` (with `CacheClusterEnabled: true`).",
            fr: "Définissez `CachingEnabled: true` dans les entrées de `MethodSettings` de l'`AWS::ApiGateway::Stage` (avec `CacheClusterEnabled: true`)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/apigateway/avd-aws-0190/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html",
        ],
        limitations: LocalizedText(
            "A stage without `MethodSettings` passes, as in trivy; RMP-AWS-0115 checks the stage cache cluster itself.",
            fr: "Une étape sans `MethodSettings` passe, comme dans trivy ; RMP-AWS-0115 vérifie la grappe de cache de l'étape."),
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
                      CacheClusterEnabled: true
                      MethodSettings:
                        - HttpMethod: "*"
                          ResourcePath: /*
                          CachingEnabled: true
                          CacheDataEncrypted: true
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
                      MethodSettings:
                        - ↓HttpMethod: "*"
                          ResourcePath: /*
                          MetricsEnabled: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        evaluateSettings(state) { Decision($0.isCachingEnabled) { $0 } }
    }

    /// Returns one verdict per stage: the first method setting that `isCompliant` rejects fails it.
    private func evaluateSettings(
        _ state: AWSState, isCompliant: (APIGatewayStage.MethodSetting) -> Decision
    ) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for stage in state.all(APIGatewayStage.self) {
            var decision = Decision.yes
            var origin = stage.address.origin
            for setting in stage.methodSettings {
                let verdict = isCompliant(setting)
                if verdict == .no {
                    decision = .no
                    origin = setting.origin
                    break
                }
                decision = decision && verdict
            }
            results.record(decision, for: stage.address, at: origin)
        }
        return results.results
    }
}
