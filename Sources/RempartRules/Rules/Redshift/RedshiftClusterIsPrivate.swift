import RempartModel
import RempartSupport

/// Redshift clusters declare that they are not publicly accessible.
struct RedshiftClusterIsPrivate: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0209", aliases: ["CKV_AWS_87"], slug: "aws-redshift-not-publicly-accessible", service: "redshift",
        severity: .high,
        title: LocalizedText(
            "Redshift clusters declare that they are not publicly accessible",
            fr: "Les grappes Redshift déclarent ne pas être accessibles publiquement"),
        rationale: LocalizedText(
            "A publicly accessible cluster has an internet address, so only its security groups stand between the data and the internet.",
            fr:
                "Une grappe accessible publiquement a une adresse Internet ; seuls ses groupes de sécurité séparent alors les données d'Internet."
        ),
        remediation: LocalizedText(
            "Set `PubliclyAccessible` to `false`.",
            fr: "Définissez `PubliclyAccessible` à `false`."),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/RedshiftClusterPubliclyAccessible.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html",
        ],
        limitations: LocalizedText(
            "As in checkov, a cluster that omits `PubliclyAccessible` fails, although Redshift makes clusters private by default.",
            fr:
                "Comme dans checkov, une grappe sans `PubliclyAccessible` échoue, bien que Redshift rende les grappes privées par défaut."
        ),
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
                      PubliclyAccessible: false
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
                      PubliclyAccessible: ↓true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(RedshiftCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return resource.isPubliclyAccessible.isExplicit
                ? verdict.require(resource.isPubliclyAccessible) { !$0 } : verdict.failed(at: resource.address.origin)
        }
    }
}
