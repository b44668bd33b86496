import RempartModel
import RempartSupport

/// DB clusters must enable deletion protection.
struct RDSClusterHasDeletionProtection: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0343",
        slug: "rds-enable-cluster-deletion-protection",
        service: "rds",
        severity: .medium,
        title: LocalizedText(
            "RDS clusters have deletion protection",
            fr: "Les grappes RDS ont la protection contre la suppression"),
        rationale: LocalizedText(
            "Without it, one API call or stack deletion destroys the cluster and, unless a final snapshot is kept, its data.",
            fr: "Sans elle, un seul appel d'API ou la suppression d'une pile détruit la grappe et, sans instantané final, ses données."),
        remediation: LocalizedText(
            "Set `DeletionProtection: true` on the `AWS::RDS::DBCluster`.",
            fr: "Définissez `DeletionProtection: true` sur l'`AWS::RDS::DBCluster`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/rds/avd-aws-0343/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbcluster.html",
        ],
        resourceTypes: ["AWS::RDS::DBCluster"],
        goodExamples: [
            .init(
                """
                Resources:
                  Cluster:
                    Type: AWS::RDS::DBCluster
                    Properties:
                      Engine: aurora-postgresql
                      MasterUsername: admin
                      ManageMasterUserPassword: true
                      DBSubnetGroupName: private-subnets
                      DeletionProtection: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Cluster:
                    Type: AWS::RDS::DBCluster
                    Properties:
                      Engine: aurora-postgresql
                      MasterUsername: admin
                      ManageMasterUserPassword: true
                      DBSubnetGroupName: private-subnets
                      DeletionProtection: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\RDSDBCluster.isDeletionProtectionEnabled) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
