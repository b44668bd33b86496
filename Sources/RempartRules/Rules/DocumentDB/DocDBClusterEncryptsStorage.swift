import RempartModel
import RempartSupport

/// DocumentDB clusters encrypt their storage.
struct DocDBClusterEncryptsStorage: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0021", aliases: ["CKV_AWS_74"], slug: "aws-documentdb-enable-storage-encryption",
        service: "documentdb",
        severity: .high,
        title: LocalizedText(
            "DocumentDB clusters encrypt their storage",
            fr: "Les grappes DocumentDB chiffrent leur stockage"),
        rationale: LocalizedText(
            "Unencrypted storage, snapshots and replicas expose the data to anyone who obtains the underlying volumes.",
            fr:
                "Un stockage, des instantanés et des réplicas non chiffrés exposent les données à quiconque obtient les volumes sous-jacents."
        ),
        remediation: LocalizedText(
            "Set `StorageEncrypted` to `true`.",
            fr: "Définissez `StorageEncrypted` à `true`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0021",
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
                  Catalog:
                    Type: AWS::DocDB::DBCluster
                    Properties:
                      MasterUsername: admin
                      MasterUserPassword: "{{resolve:secretsmanager:catalog:SecretString:password}}"
                      StorageEncrypted: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(DocDBCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isStorageEncrypted)
        }
    }
}
