import RempartModel
import RempartSupport

/// GraphQL APIs must send their logs to CloudWatch Logs.
struct AppSyncAPIHasLogging: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0122",
        aliases: ["CKV_AWS_193"],
        slug: "appsync-enable-logging",
        service: "appsync",
        severity: .medium,
        title: LocalizedText(
            "AppSync APIs have logging enabled",
            fr: "Les API AppSync ont la journalisation activée"),
        rationale: LocalizedText(
            "Without logs there is no record of the requests an API served or the errors it returned, so abuse and failures go unnoticed.",
            fr: "Sans journaux, il n'existe aucune trace des requêtes servies ni des erreurs renvoyées : les abus et les pannes passent inaperçus."),
        remediation: LocalizedText(
            "Set `LogConfig.CloudWatchLogsRoleArn` on the `AWS::AppSync::GraphQLApi`.",
            fr: "Définissez `LogConfig.CloudWatchLogsRoleArn` sur la `AWS::AppSync::GraphQLApi`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-appsync-graphqlapi.html",
        ],
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
                        FieldLogLevel: ERROR
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Graph:
                    Type: AWS::AppSync::GraphQLApi
                    Properties:
                      AuthenticationType: AWS_IAM
                      Name: graph
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\AppSyncGraphQLAPI.logsRole) { $0.isSet }.evaluate(state, ruleID: Self.metadata.id)
    }
}
