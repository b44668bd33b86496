import RempartModel
import RempartSupport

/// Topics must encrypt messages at rest with KMS.
struct SNSTopicIsEncrypted: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0095",
        aliases: ["CKV_AWS_26"],
        slug: "sns-enable-topic-encryption",
        service: "sns",
        severity: .high,
        title: LocalizedText(
            "SNS topics are encrypted",
            fr: "Les rubriques SNS sont chiffrées"),
        rationale: LocalizedText(
            "Without `KmsMasterKeyId`, SNS stores messages unencrypted at rest; notifications often carry identifiers or personal data.",
            fr: "Sans `KmsMasterKeyId`, SNS conserve les messages non chiffrés ; les notifications contiennent souvent des identifiants ou des données personnelles."),
        remediation: LocalizedText(
            "Set `KmsMasterKeyId` on the `AWS::SNS::Topic`, preferably to a customer managed key.",
            fr: "Définissez `KmsMasterKeyId` sur la `AWS::SNS::Topic`, de préférence avec une clé gérée par le client."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/sns/avd-aws-0095/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sns-topic.html",
        ],
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
                  ↓Alerts:
                    Type: AWS::SNS::Topic
                    Properties:
                      TopicName: alerts
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\SNSTopic.kmsMasterKeyID) { $0.isSet }.evaluate(state, ruleID: Self.metadata.id)
    }
}
