import RempartModel
import RempartSupport

/// QLDB ledgers use the STANDARD permissions mode.
struct QLDBLedgerUsesStandardPermissions: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0219", aliases: ["CKV_AWS_170"], slug: "aws-qldb-standard-permissions", service: "qldb",
        severity: .medium,
        title: LocalizedText(
            "QLDB ledgers use the STANDARD permissions mode",
            fr: "Les registres QLDB utilisent le mode d'autorisations STANDARD"),
        rationale: LocalizedText(
            "In `ALLOW_ALL` mode, any principal allowed to send commands can reach every table of the ledger.",
            fr:
                "En mode `ALLOW_ALL`, tout principal autorisé à envoyer des commandes atteint toutes les tables du registre."
        ),
        remediation: LocalizedText(
            "Set `PermissionsMode` to `STANDARD`.",
            fr: "Définissez `PermissionsMode` à `STANDARD`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/QLDBLedgerPermissionsMode.py",
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
                      PermissionsMode: ↓ALLOW_ALL
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(QLDBLedger.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.permissionsMode) { $0 == "STANDARD" }
        }
    }
}
