import RempartModel
import RempartSupport

/// DocumentDB clusters export audit or profiler logs.
struct DocDBClusterExportsLogs: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0020", aliases: ["CKV_AWS_85"], slug: "aws-documentdb-enable-log-export", service: "documentdb",
        severity: .medium,
        title: LocalizedText(
            "DocumentDB clusters export audit or profiler logs",
            fr: "Les grappes DocumentDB exportent les journaux d'audit ou du profileur"),
        rationale: LocalizedText(
            "Without audit or profiler logs in CloudWatch Logs, access to the database and slow operations leave no trace to investigate.",
            fr:
                "Sans journaux d'audit ou du profileur dans CloudWatch Logs, les accès à la base et les opérations lentes ne laissent aucune trace."
        ),
        remediation: LocalizedText(
            "Add `audit` or `profiler` to `EnableCloudwatchLogsExports`.",
            fr: "Ajoutez `audit` ou `profiler` à `EnableCloudwatchLogsExports`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0020",
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
            return verdict.require(resource.logExports) { $0.contains("audit") || $0.contains("profiler") }
        }
    }
}
