import RempartModel
import RempartSupport

/// Tables must keep continuous backups, so they can be restored to any second of the last 35 days.
struct DynamoDBTableHasPointInTimeRecovery: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0024",
        aliases: ["CKV_AWS_28"],
        slug: "dynamodb-enable-recovery",
        service: "dynamodb",
        severity: .medium,
        title: LocalizedText(
            "DynamoDB tables have point-in-time recovery",
            fr: "Les tables DynamoDB ont la récupération à un instant donné"),
        rationale: LocalizedText(
            "Without point-in-time recovery, an accidental or malicious write or delete can only be undone from on-demand backups, if any exist.",
            fr: "Sans récupération à un instant donné, une écriture ou une suppression accidentelle ou malveillante ne peut être annulée qu'à partir de sauvegardes manuelles, s'il y en a."),
        remediation: LocalizedText(
            "Set `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true` on the `AWS::DynamoDB::Table`.",
            fr: "Définissez `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true` sur la `AWS::DynamoDB::Table`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/dynamodb/avd-aws-0024/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dynamodb-table.html",
        ],
        limitations: LocalizedText(
            "DAX clusters have no point-in-time recovery setting and are not checked.",
            fr: "Les grappes DAX n'ont pas de réglage de récupération à un instant donné et ne sont pas vérifiées."),
        resourceTypes: ["AWS::DynamoDB::Table"],
        goodExamples: [
            .init(
                """
                Resources:
                  Orders:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                      AttributeDefinitions:
                        - AttributeName: id
                          AttributeType: S
                      KeySchema:
                        - AttributeName: id
                          KeyType: HASH
                      PointInTimeRecoverySpecification:
                        PointInTimeRecoveryEnabled: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Orders:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                      AttributeDefinitions:
                        - AttributeName: id
                          AttributeType: S
                      KeySchema:
                        - AttributeName: id
                          KeyType: HASH
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\DynamoDBTable.isPointInTimeRecoveryEnabled) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
