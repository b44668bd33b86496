import RempartModel
import RempartSupport

/// Redshift clusters are encrypted at rest.
struct RedshiftClusterIsEncrypted: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0203", aliases: ["CKV_AWS_64"], slug: "aws-redshift-cluster-encrypted", service: "redshift",
        severity: .high,
        title: LocalizedText(
            "Redshift clusters are encrypted at rest",
            fr: "Les grappes Redshift sont chiffrées au repos"),
        rationale: LocalizedText(
            "An unencrypted warehouse exposes its data, backups and snapshots to anyone who obtains the storage.",
            fr:
                "Un entrepôt non chiffré expose ses données, sauvegardes et instantanés à quiconque obtient le stockage."
        ),
        remediation: LocalizedText("Set `Encrypted` to `true`.", fr: "Définissez `Encrypted` à `true`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/RedshiftClusterEncryption.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html",
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
                      Encrypted: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Warehouse:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      ClusterType: single-node
                      Encrypted: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(RedshiftCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isEncrypted)
        }
    }
}
