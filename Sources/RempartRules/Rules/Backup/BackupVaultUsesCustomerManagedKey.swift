import RempartModel
import RempartSupport

/// Backup vaults must encrypt recovery points with a customer managed KMS key.
struct BackupVaultUsesCustomerManagedKey: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0119",
        aliases: ["CKV_AWS_166"],
        slug: "backup-vault-customer-key",
        service: "backup",
        severity: .medium,
        title: LocalizedText(
            "Backup vaults are encrypted with a customer managed KMS key",
            fr: "Les coffres de sauvegarde sont chiffrés avec une clé KMS gérée par le client"),
        rationale: LocalizedText(
            "Without `EncryptionKeyArn`, backups use the AWS managed key `aws/backup`, whose policy cannot limit who may restore or copy them.",
            fr: "Sans `EncryptionKeyArn`, les sauvegardes utilisent la clé gérée par AWS `aws/backup`, dont la politique ne peut pas limiter qui peut les restaurer ou les copier."),
        remediation: LocalizedText(
            "Set `EncryptionKeyArn` on the `AWS::Backup::BackupVault` to a customer managed key.",
            fr: "Définissez `EncryptionKeyArn` sur le `AWS::Backup::BackupVault` avec une clé gérée par le client."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-backup-backupvault.html",
        ],
        resourceTypes: ["AWS::Backup::BackupVault"],
        goodExamples: [
            .init(
                """
                Resources:
                  Vault:
                    Type: AWS::Backup::BackupVault
                    Properties:
                      BackupVaultName: main
                      EncryptionKeyArn: arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-1111-2222-3333-444455556666
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Vault:
                    Type: AWS::Backup::BackupVault
                    Properties:
                      BackupVaultName: main
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\BackupVault.encryptionKey) { $0.isSet }.evaluate(state, ruleID: Self.metadata.id)
    }
}
