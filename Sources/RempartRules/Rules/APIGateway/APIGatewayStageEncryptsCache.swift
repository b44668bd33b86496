import RempartModel
import RempartSupport

/// REST API stages that cache responses must encrypt the cache.
struct APIGatewayStageEncryptsCache: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0002",
        slug: "apigateway-enable-cache-encryption",
        service: "apigateway",
        severity: .medium,
        title: LocalizedText(
            "API Gateway caches are encrypted",
            fr: "Les caches API Gateway sont chiffrés"),
        rationale: LocalizedText(
            "Cached responses can hold personal or business data; an unencrypted cache stores them in clear on AWS hosts.",
            fr: "Les réponses en cache peuvent contenir des données personnelles ou d'affaires ; un cache non chiffré les conserve en clair sur les hôtes d'AWS."),
        remediation: LocalizedText(
            "Set `CacheDataEncrypted: true` on every entry of `MethodSettings` that sets `CachingEnabled: true` on the `AWS::ApiGateway::Stage`.",
            fr: "Définissez `CacheDataEncrypted: true` sur chaque entrée de `MethodSettings` qui a `CachingEnabled: true` sur l'`AWS::ApiGateway::Stage`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/apigateway/avd-aws-0002/",
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
                      CacheClusterEnabled: true
                      MethodSettings:
                        - ↓HttpMethod: "*"
                          ResourcePath: /*
                          CachingEnabled: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        evaluateSettings(state) { setting in
            Decision(setting.isCachingEnabled) { !$0 } || Decision(setting.isCacheDataEncrypted) { $0 }
        }
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
