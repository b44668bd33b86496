import RempartModel
import RempartSupport

/// Log groups must say how long they keep events.
struct LogGroupHasRetention: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0107",
        aliases: ["CKV_AWS_66"],
        slug: "cloudwatch-log-group-retention",
        service: "cloudwatch",
        severity: .low,
        title: LocalizedText(
            "CloudWatch log groups set a retention period",
            fr: "Les groupes de journaux CloudWatch fixent une durée de conservation"),
        rationale: LocalizedText(
            "Without `RetentionInDays` events are kept forever: costs grow without bound and data is kept longer than any retention policy allows.",
            fr: "Sans `RetentionInDays`, les événements sont conservés indéfiniment : les coûts croissent sans limite et les données restent plus longtemps que toute politique de conservation ne le permet."),
        remediation: LocalizedText(
            "Set `RetentionInDays` on the `AWS::Logs::LogGroup` (for example 365 for audit logs).",
            fr: "Définissez `RetentionInDays` sur le `AWS::Logs::LogGroup` (par exemple 365 pour des journaux d'audit)."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-loggroup.html",
        ],
        resourceTypes: ["AWS::Logs::LogGroup"],
        goodExamples: [
            .init(
                """
                Resources:
                  Logs:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      RetentionInDays: 90
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Logs:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: application
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\CloudWatchLogGroup.retentionInDays) { $0 != nil }.evaluate(state, ruleID: Self.metadata.id)
    }
}
