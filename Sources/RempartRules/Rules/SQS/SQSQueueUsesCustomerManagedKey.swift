import RempartModel
import RempartSupport

/// Queues encrypted with KMS must not use the AWS managed key `alias/aws/sqs`.
struct SQSQueueUsesCustomerManagedKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0135",
        slug: "sqs-queue-encryption-use-cmk",
        service: "sqs",
        severity: .high,
        title: LocalizedText(
            "SQS queues are not encrypted with the AWS managed key",
            fr: "Les files SQS ne sont pas chiffrées avec la clé gérée par AWS"),
        rationale: LocalizedText(
            "The AWS managed key's policy cannot be changed, so access to the messages cannot be limited through the key, and other accounts cannot be allowed to use the queue.",
            fr: "La politique de la clé gérée par AWS ne peut pas être modifiée : l'accès aux messages ne peut pas être limité par la clé, et d'autres comptes ne peuvent pas utiliser la file."),
        remediation: LocalizedText(
            "Set `KmsMasterKeyId` to a customer managed key instead of `alias/aws/sqs`.",
            fr: "Définissez `KmsMasterKeyId` avec une clé gérée par le client plutôt que `alias/aws/sqs`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/sqs/avd-aws-0135/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sqs-queue.html",
        ],
        resourceTypes: ["AWS::SQS::Queue"],
        goodExamples: [
            .init(
                """
                Resources:
                  Jobs:
                    Type: AWS::SQS::Queue
                    Properties:
                      KmsMasterKeyId: alias/jobs
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Jobs:
                    Type: AWS::SQS::Queue
                    Properties:
                      KmsMasterKeyId: ↓alias/aws/sqs
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\SQSQueue.kmsMasterKeyID) { !$0.isLiteral("alias/aws/sqs") }.evaluate(state, ruleID: Self.metadata.id)
    }
}
