import RempartModel
import RempartSupport

/// DocumentDB clusters encrypt with a customer managed key.
struct DocDBClusterUsesCustomerKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0022", aliases: [], slug: "aws-documentdb-encryption-customer-key", service: "documentdb",
        severity: .low,
        title: LocalizedText(
            "DocumentDB clusters encrypt with a customer managed key",
            fr: "Les grappes DocumentDB chiffrent avec une clé gérée par le client"),
        rationale: LocalizedText(
            "With the AWS managed key, you cannot control the key policy, rotation or who may decrypt the data.",
            fr:
                "Avec la clé gérée par AWS, vous ne contrôlez ni la politique de clé, ni la rotation, ni qui peut déchiffrer les données."
        ),
        remediation: LocalizedText(
            "Set `KmsKeyId` to a customer managed KMS key.",
            fr: "Définissez `KmsKeyId` à une clé KMS gérée par le client."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0022",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-docdb-dbcluster.html",
        ],
        resourceTypes: ["AWS::DocDB::DBCluster"],
        goodExamples: [
            .init(
                """
                Resources:
                  Catalog:
                    Type: AWS::DocDB::DBCluster
                    Properties:
                      BackupRetentionPeriod: 7
                      EnableCloudwatchLogsExports: [audit, profiler]
                      KmsKeyId: !Ref CatalogKey
                      MasterUsername: admin
                      MasterUserPassword: "{{resolve:secretsmanager:catalog:SecretString:password}}"
                      StorageEncrypted: true
                  CatalogKey:
                    Type: AWS::KMS::Key
                    Properties:
                      KeyPolicy:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Principal:
                              AWS: arn:aws:iam::123456789012:root
                            Action: kms:*
                            Resource: "*"
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Catalog:
                    Type: AWS::DocDB::DBCluster
                    Properties:
                      MasterUsername: admin
                      MasterUserPassword: "{{resolve:secretsmanager:catalog:SecretString:password}}"
                      StorageEncrypted: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(DocDBCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireSet(resource.kmsKeyID)
        }
    }
}
