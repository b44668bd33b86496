import RempartModel
import RempartSupport

/// DocumentDB parameter groups turn on audit logs.
struct DocDBParameterGroupEnablesAuditLogs: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0215", aliases: ["CKV_AWS_104"], slug: "aws-documentdb-audit-logs-parameter",
        service: "documentdb",
        severity: .medium,
        title: LocalizedText(
            "DocumentDB parameter groups turn on audit logs",
            fr: "Les groupes de paramètres DocumentDB activent les journaux d'audit"),
        rationale: LocalizedText(
            "The cluster records audit events only when the `audit_logs` parameter turns them on.",
            fr: "La grappe ne consigne les événements d'audit que si le paramètre `audit_logs` les active."),
        remediation: LocalizedText(
            "Set `Parameters.audit_logs` to `enabled` (or `all`, `ddl`, `dml_read`, `dml_write`).",
            fr: "Définissez `Parameters.audit_logs` à `enabled` (ou `all`, `ddl`, `dml_read`, `dml_write`)."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/DocDBAuditLogs.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-docdb-dbclusterparametergroup.html",
        ],
        resourceTypes: ["AWS::DocDB::DBClusterParameterGroup"],
        goodExamples: [
            .init(
                """
                Resources:
                  Settings:
                    Type: AWS::DocDB::DBClusterParameterGroup
                    Properties:
                      Description: catalog settings
                      Family: docdb5.0
                      Parameters:
                        audit_logs: enabled
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Settings:
                    Type: AWS::DocDB::DBClusterParameterGroup
                    Properties:
                      Description: catalog settings
                      Family: docdb5.0
                      Parameters:
                        audit_logs: ↓disabled
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(DocDBClusterParameterGroup.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.auditLogs) { Self.enabledValues.contains($0 ?? "") }
        }
    }

    /// The values that turn audit logging on.
    static let enabledValues: Set<String> = ["all", "ddl", "dml_read", "dml_write", "enabled"]
}
