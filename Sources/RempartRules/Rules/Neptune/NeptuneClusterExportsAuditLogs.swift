import RempartModel
import RempartSupport

/// Neptune clusters export audit logs.
struct NeptuneClusterExportsAuditLogs: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0075", aliases: ["CKV_AWS_101"], slug: "aws-neptune-enable-log-export", service: "neptune",
        severity: .medium,
        title: LocalizedText(
            "Neptune clusters export audit logs",
            fr: "Les grappes Neptune exportent les journaux d'audit"),
        rationale: LocalizedText(
            "Audit logs in CloudWatch Logs record the queries run against the graph, which an investigation needs.",
            fr:
                "Les journaux d'audit dans CloudWatch Logs consignent les requêtes sur le graphe, nécessaires à une enquête."
        ),
        remediation: LocalizedText(
            "Add `audit` to `EnableCloudwatchLogsExports`.",
            fr: "Ajoutez `audit` à `EnableCloudwatchLogsExports`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0075",
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
                  Graph:
                    Type: AWS::Neptune::DBCluster
                    Properties:
                      EnableCloudwatchLogsExports: ↓[slowquery]
                      StorageEncrypted: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(NeptuneDBCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.logExports) { $0.contains("audit") }
        }
    }
}
