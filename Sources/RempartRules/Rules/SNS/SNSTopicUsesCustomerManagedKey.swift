import RempartModel
import RempartSupport

/// Topics encrypted with KMS must not use the AWS managed key `alias/aws/sns`.
struct SNSTopicUsesCustomerManagedKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0136",
        slug: "sns-topic-encryption-use-cmk",
        service: "sns",
        severity: .high,
        title: LocalizedText(
            "SNS topics are not encrypted with the AWS managed key",
            fr: "Les rubriques SNS ne sont pas chiffrées avec la clé gérée par AWS"),
        rationale: LocalizedText(
            "The AWS managed key's policy cannot be changed, so other services and accounts cannot be granted or denied access to the topic's messages precisely.",
            fr: "La politique de la clé gérée par AWS ne peut pas être modifiée : impossible d'accorder ou de refuser finement l'accès aux messages de la rubrique."),
        remediation: LocalizedText(
            "Set `KmsMasterKeyId` to a customer managed key instead of `alias/aws/sns`.",
            fr: "Définissez `KmsMasterKeyId` avec une clé gérée par le client plutôt que `alias/aws/sns`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/sns/avd-aws-0136/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sns-topic.html",
        ],
        limitations: LocalizedText(
            "A topic without any key passes this rule; AVD-AWS-0095 reports it.",
            fr: "Une rubrique sans clé passe cette règle ; AVD-AWS-0095 la signale."),
        resourceTypes: ["AWS::SNS::Topic"],
        goodExamples: [
            .init(
                """
                Resources:
                  Alerts:
                    Type: AWS::SNS::Topic
                    Properties:
                      KmsMasterKeyId: alias/alerts
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Alerts:
                    Type: AWS::SNS::Topic
                    Properties:
                      KmsMasterKeyId: ↓alias/aws/sns
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\SNSTopic.kmsMasterKeyID) { !$0.isLiteral("alias/aws/sns") }.evaluate(state, ruleID: Self.metadata.id)
    }
}
