import RempartModel
import RempartSupport

/// GraphQL APIs must log resolver errors or every field.
struct AppSyncAPIHasFieldLevelLogs: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0123",
        aliases: ["CKV_AWS_194"],
        slug: "appsync-field-level-logs",
        service: "appsync",
        severity: .low,
        title: LocalizedText(
            "AppSync APIs have field-level logs",
            fr: "Les API AppSync ont des journaux par champ"),
        rationale: LocalizedText(
            "Field-level logs record resolver errors and timing, the only place where failed or abusive queries show up in detail.",
            fr: "Les journaux par champ enregistrent les erreurs et les durées des résolveurs, seul endroit où les requêtes en échec ou abusives apparaissent en détail."),
        remediation: LocalizedText(
            "Set `LogConfig.FieldLogLevel` to `ERROR` or `ALL` on the `AWS::AppSync::GraphQLApi`.",
            fr: "Définissez `LogConfig.FieldLogLevel` à `ERROR` ou `ALL` sur la `AWS::AppSync::GraphQLApi`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-appsync-graphqlapi.html",
        ],
        limitations: LocalizedText(
            "`INFO` and `DEBUG` also log errors but are not accepted, as in checkov.",
            fr: "`INFO` et `DEBUG` journalisent aussi les erreurs mais ne sont pas acceptés, comme dans checkov."),
        resourceTypes: ["AWS::AppSync::GraphQLApi"],
        goodExamples: [
            .init(
                """
                Resources:
                  Graph:
                    Type: AWS::AppSync::GraphQLApi
                    Properties:
                      AuthenticationType: AWS_IAM
                      Name: graph
                      LogConfig:
                        CloudWatchLogsRoleArn: arn:aws:iam::123456789012:role/appsync-logs
                        FieldLogLevel: ALL
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Graph:
                    Type: AWS::AppSync::GraphQLApi
                    Properties:
                      AuthenticationType: AWS_IAM
                      Name: graph
                      LogConfig:
                        CloudWatchLogsRoleArn: arn:aws:iam::123456789012:role/appsync-logs
                        FieldLogLevel: ↓NONE
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\AppSyncGraphQLAPI.fieldLogLevel) { $0 == "ALL" || $0 == "ERROR" }.evaluate(state, ruleID: Self.metadata.id)
    }
}
