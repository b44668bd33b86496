import RempartModel
import RempartSupport

/// REST API methods must require an authorizer or an API key.
///
/// `OPTIONS` methods, which serve CORS preflight requests, are exempt.
struct APIGatewayMethodRequiresAuthorization: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0004",
        aliases: ["CKV_AWS_59"],
        slug: "apigateway-no-public-access",
        service: "apigateway",
        severity: .low,
        title: LocalizedText(
            "API Gateway methods require authorization",
            fr: "Les méthodes API Gateway exigent une autorisation"),
        rationale: LocalizedText(
            "A method with `AuthorizationType: NONE` and no API key lets anyone on the internet call the back end.",
            fr: "Une méthode avec `AuthorizationType: NONE` et sans clé d'API permet à n'importe qui sur Internet d'appeler le serveur."),
        remediation: LocalizedText(
            "Set `AuthorizationType` to `AWS_IAM`, `COGNITO_USER_POOLS` or `CUSTOM` on the `AWS::ApiGateway::Method`, or `ApiKeyRequired: true`.",
            fr: "Définissez `AuthorizationType` à `AWS_IAM`, `COGNITO_USER_POOLS` ou `CUSTOM` sur l'`AWS::ApiGateway::Method`, ou `ApiKeyRequired: true`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/apigateway/avd-aws-0004/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html",
        ],
        limitations: LocalizedText(
            "trivy exempts the misspelt method `OPTION` rather than `OPTIONS`, passes methods without `AuthorizationType`, and checks only methods linked to a resource of an API in the same template; Rempart exempts `OPTIONS`, treats a missing type as `NONE` and checks every method.",
            fr: "trivy exempte la méthode mal orthographiée `OPTION` plutôt que `OPTIONS`, laisse passer les méthodes sans `AuthorizationType` et ne vérifie que celles liées à une ressource d'une API du même modèle ; Rempart exempte `OPTIONS`, traite un type absent comme `NONE` et vérifie toutes les méthodes."),
        resourceTypes: ["AWS::ApiGateway::Method", "AWS::ApiGateway::Resource", "AWS::ApiGateway::RestApi"],
        goodExamples: [
            .init(
                """
                Resources:
                  GetOrders:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: a1b2c3d4e5
                      ResourceId: f6g7h8
                      HttpMethod: GET
                      AuthorizationType: AWS_IAM
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  GetOrders:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: a1b2c3d4e5
                      ResourceId: f6g7h8
                      HttpMethod: GET
                      AuthorizationType: ↓NONE
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for method in state.all(APIGatewayMethod.self) {
            if method.httpMethod.value??.uppercased() == "OPTIONS" {
                results.pass(method.address, at: method.httpMethod.origin)
                continue
            }
            // API Gateway treats a method without an authorization type as `NONE`.
            let isOpen = Decision(method.authorizationType) { ($0 ?? "NONE").uppercased() == "NONE" }
            let decision = isOpen.negated || Decision(method.isAPIKeyRequired) { $0 }
            results.record(decision, for: method.address, at: method.authorizationType.origin)
        }
        return results.results
    }
}
