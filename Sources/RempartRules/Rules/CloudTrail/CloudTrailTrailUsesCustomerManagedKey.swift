import RempartModel
import RempartSupport

/// Trails must encrypt their log files with a KMS key the account manages.
struct CloudTrailTrailUsesCustomerManagedKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0015",
        aliases: ["CKV_AWS_35"],
        slug: "cloudtrail-encryption-customer-managed-key",
        service: "cloudtrail",
        severity: .high,
        title: LocalizedText(
            "CloudTrail logs are encrypted with a customer managed KMS key",
            fr: "Les journaux CloudTrail sont chiffrés avec une clé KMS gérée par le client"),
        rationale: LocalizedText(
            "Without a KMS key, log files are only encrypted with S3-managed keys: anyone who can read the bucket can read the logs, and key use is not audited.",
            fr: "Sans clé KMS, les fichiers journaux ne sont chiffrés qu'avec des clés gérées par S3 : quiconque lit le compartiment lit les journaux, et l'usage de la clé n'est pas audité."),
        remediation: LocalizedText(
            "Set `KMSKeyId` on the trail to a customer managed key (its ARN, alias or a `Ref` to an `AWS::KMS::Key`).",
            fr: "Définissez `KMSKeyId` sur le journal de suivi avec une clé gérée par le client (ARN, alias ou `Ref` vers une `AWS::KMS::Key`)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/cloudtrail/avd-aws-0015/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html",
        ],
        resourceTypes: ["AWS::CloudTrail::Trail"],
        goodExamples: [
            .init(
                """
                Resources:
                  TrailKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      KMSKeyId: !Ref TrailKey
                      S3BucketName: audit-logs
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: audit-logs
                """),
            .init(
                """
                Resources:
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      KMSKeyId: ↓""
                      S3BucketName: audit-logs
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\CloudTrailTrail.kmsKeyID) { $0.isSet }.evaluate(state, ruleID: Self.metadata.id)
    }
}
