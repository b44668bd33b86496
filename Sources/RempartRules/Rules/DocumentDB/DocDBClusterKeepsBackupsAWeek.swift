import RempartModel
import RempartSupport

/// DocumentDB clusters keep automated backups for at least 7 days.
struct DocDBClusterKeepsBackupsAWeek: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0224", aliases: ["CKV_AWS_360"], slug: "aws-documentdb-backup-retention-7-days",
        service: "documentdb",
        severity: .low,
        title: LocalizedText(
            "DocumentDB clusters keep automated backups for at least 7 days",
            fr: "Les grappes DocumentDB conservent les sauvegardes automatiques au moins 7 jours"),
        rationale: LocalizedText(
            "The default of one day of backups leaves little time to notice a deletion or corruption and restore from before it.",
            fr:
                "La valeur par défaut d'un jour de sauvegardes laisse peu de temps pour remarquer une suppression ou une corruption et restaurer un état antérieur."
        ),
        remediation: LocalizedText(
            "Set `BackupRetentionPeriod` to 7 or more.",
            fr: "Définissez `BackupRetentionPeriod` à 7 ou plus."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/DocDBBackupRetention.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-docdb-dbcluster.html",
        ],
        resourceTypes: ["AWS::DocDB::DBCluster"],
        goodExamples: [
            .init(
                """
                Resources:
                  Cluster:
                    Type: AWS::DocDB::DBCluster
                    Properties:
                      MasterUsername: admin
                      MasterUserPassword: "{{resolve:secretsmanager:catalog:SecretString:password}}"
                      BackupRetentionPeriod: 7
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Cluster:
                    Type: AWS::DocDB::DBCluster
                    Properties:
                      MasterUsername: admin
                      MasterUserPassword: "{{resolve:secretsmanager:catalog:SecretString:password}}"
                      BackupRetentionPeriod: ↓1
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(DocDBCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.backupRetentionPeriod) { $0 >= 7 }
        }
    }
}
