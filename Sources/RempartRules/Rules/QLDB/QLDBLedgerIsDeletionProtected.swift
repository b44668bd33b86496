import RempartModel
import RempartSupport

/// QLDB ledgers keep deletion protection.
struct QLDBLedgerIsDeletionProtected: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0220", aliases: ["CKV_AWS_172"], slug: "aws-qldb-deletion-protection", service: "qldb",
        severity: .medium,
        title: LocalizedText(
            "QLDB ledgers keep deletion protection",
            fr: "Les registres QLDB gardent la protection contre la suppression"),
        rationale: LocalizedText(
            "Deletion protection keeps a ledger, and its whole journal, from being deleted by mistake or on purpose.",
            fr:
                "La protection contre la suppression empêche d'effacer un registre et tout son journal, par erreur ou volontairement."
        ),
        remediation: LocalizedText(
            "Remove `DeletionProtection: false` or set it to `true`.",
            fr: "Retirez `DeletionProtection: false` ou définissez-le à `true`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/QLDBLedgerDeletionProtection.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-qldb-ledger.html",
        ],
        resourceTypes: ["AWS::QLDB::Ledger"],
        goodExamples: [
            .init(
                """
                Resources:
                  Ledger:
                    Type: AWS::QLDB::Ledger
                    Properties:
                      PermissionsMode: STANDARD
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Ledger:
                    Type: AWS::QLDB::Ledger
                    Properties:
                      PermissionsMode: STANDARD
                      DeletionProtection: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(QLDBLedger.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isDeletionProtected)
        }
    }
}
