import RempartModel
import RempartSupport

/// Redshift clusters write audit logs.
struct RedshiftClusterLogsAudit: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0207", aliases: ["CKV_AWS_71"], slug: "aws-redshift-audit-logging", service: "redshift",
        severity: .medium,
        title: LocalizedText(
            "Redshift clusters write audit logs",
            fr: "Les grappes Redshift écrivent des journaux d'audit"),
        rationale: LocalizedText(
            "Audit logs record connections and queries, which an investigation needs.",
            fr: "Les journaux d'audit consignent les connexions et les requêtes, ce dont une enquête a besoin."),
        remediation: LocalizedText(
            "Set `LoggingProperties.BucketName` to the bucket that receives the logs.",
            fr: "Définissez `LoggingProperties.BucketName` au compartiment qui reçoit les journaux."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/RedshiftClusterLogging.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-redshift-cluster-loggingproperties.html",
        ],
        resourceTypes: ["AWS::Redshift::Cluster"],
        goodExamples: [
            .init(
                """
                Resources:
                  Warehouse:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      ClusterType: single-node
                      LoggingProperties:
                        BucketName: warehouse-logs
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Warehouse:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      ClusterType: single-node
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(RedshiftCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireSet(resource.loggingBucket)
        }
    }
}
