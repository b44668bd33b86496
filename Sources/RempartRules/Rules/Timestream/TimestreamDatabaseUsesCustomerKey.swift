import RempartModel
import RempartSupport

/// Timestream databases encrypt with a customer managed key.
struct TimestreamDatabaseUsesCustomerKey: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0217", aliases: ["CKV_AWS_160"], slug: "aws-timestream-database-customer-key",
        service: "timestream",
        severity: .medium,
        title: LocalizedText(
            "Timestream databases encrypt with a customer managed key",
            fr: "Les bases Timestream chiffrent avec une clé gérée par le client"),
        rationale: LocalizedText(
            "With the AWS managed key, you cannot control the key policy, rotation or who may decrypt the data.",
            fr:
                "Avec la clé gérée par AWS, vous ne contrôlez ni la politique de clé, ni la rotation, ni qui peut déchiffrer les données."
        ),
        remediation: LocalizedText(
            "Set `KmsKeyId` to a customer managed KMS key.",
            fr: "Définissez `KmsKeyId` à une clé KMS gérée par le client."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/TimestreamDatabaseKMSKey.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-timestream-database.html",
        ],
        resourceTypes: ["AWS::Timestream::Database"],
        goodExamples: [
            .init(
                """
                Resources:
                  Metrics:
                    Type: AWS::Timestream::Database
                    Properties:
                      DatabaseName: metrics
                      KmsKeyId: alias/metrics
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Metrics:
                    Type: AWS::Timestream::Database
                    Properties:
                      DatabaseName: metrics
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(TimestreamDatabase.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireSet(resource.kmsKeyID)
        }
    }
}
