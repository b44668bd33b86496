import RempartModel
import RempartSupport

/// Neptune clusters encrypt with a customer managed key.
struct NeptuneClusterUsesCustomerKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0128", aliases: [], slug: "aws-neptune-encryption-customer-key", service: "neptune",
        severity: .high,
        title: LocalizedText(
            "Neptune clusters encrypt with a customer managed key",
            fr: "Les grappes Neptune chiffrent avec une clé gérée par le client"),
        rationale: LocalizedText(
            "With the AWS managed key, you cannot control the key policy, rotation or who may decrypt the graph.",
            fr:
                "Avec la clé gérée par AWS, vous ne contrôlez ni la politique de clé, ni la rotation, ni qui peut déchiffrer le graphe."
        ),
        remediation: LocalizedText(
            "Set `KmsKeyId` to a customer managed KMS key.",
            fr: "Définissez `KmsKeyId` à une clé KMS gérée par le client."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0128",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-neptune-dbcluster.html",
        ],
        resourceTypes: ["AWS::Neptune::DBCluster"],
        goodExamples: [
            .init(
                """
                Resources:
                  Graph:
                    Type: AWS::Neptune::DBCluster
                    Properties:
                      BackupRetentionPeriod: 7
                      EnableCloudwatchLogsExports: [audit]
                      StorageEncrypted: true
                      KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Graph:
                    Type: AWS::Neptune::DBCluster
                    Properties:
                      StorageEncrypted: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(NeptuneDBCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireSet(resource.kmsKeyID)
        }
    }
}
