import RempartModel
import RempartSupport

/// Log groups must be encrypted with a KMS key the account manages.
struct LogGroupUsesCustomerManagedKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0017",
        aliases: ["CKV_AWS_158"],
        slug: "cloudwatch-log-group-customer-key",
        service: "cloudwatch",
        severity: .low,
        title: LocalizedText(
            "CloudWatch log groups are encrypted with a customer managed KMS key",
            fr: "Les groupes de journaux CloudWatch sont chiffrés avec une clé KMS gérée par le client"),
        rationale: LocalizedText(
            "Without `KmsKeyId`, log data is encrypted with a key CloudWatch Logs owns: access to it cannot be restricted or audited through a key policy.",
            fr: "Sans `KmsKeyId`, les journaux sont chiffrés avec une clé détenue par CloudWatch Logs : son accès ne peut être ni restreint ni audité par une politique de clé."),
        remediation: LocalizedText(
            "Set `KmsKeyId` on the `AWS::Logs::LogGroup` to the ARN of a customer managed key whose policy lets CloudWatch Logs use it.",
            fr: "Définissez `KmsKeyId` sur le `AWS::Logs::LogGroup` avec l'ARN d'une clé gérée par le client dont la politique autorise CloudWatch Logs."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/cloudwatch/avd-aws-0017/",
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
                      KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-1111-2222-3333-444455556666
                      RetentionInDays: 365
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Logs:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      RetentionInDays: 365
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\CloudWatchLogGroup.kmsKeyID) { $0.isSet }.evaluate(state, ruleID: Self.metadata.id)
    }
}
