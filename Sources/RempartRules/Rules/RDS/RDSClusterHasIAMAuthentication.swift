import RempartModel
import RempartSupport

/// DB clusters must accept IAM database authentication.
struct RDSClusterHasIAMAuthentication: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0117",
        aliases: ["CKV_AWS_162"],
        slug: "rds-cluster-iam-auth",
        service: "rds",
        severity: .medium,
        title: LocalizedText(
            "RDS clusters have IAM database authentication",
            fr: "Les grappes RDS ont l'authentification IAM des bases de données"),
        rationale: LocalizedText(
            "IAM authentication replaces long-lived database passwords with short-lived tokens tied to IAM identities, which can be revoked and audited centrally.",
            fr: "L'authentification IAM remplace les mots de passe durables par des jetons de courte durée liés à des identités IAM, révocables et auditables de façon centrale."),
        remediation: LocalizedText(
            "Set `EnableIAMDatabaseAuthentication: true` on the `AWS::RDS::DBCluster`.",
            fr: "Définissez `EnableIAMDatabaseAuthentication: true` sur l'`AWS::RDS::DBCluster`."),
        links: [
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
                      EnableIAMDatabaseAuthentication: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Cluster:
                    Type: AWS::RDS::DBCluster
                    Properties:
                      Engine: aurora-postgresql
                      MasterUsername: admin
                      ManageMasterUserPassword: true
                      DBSubnetGroupName: private-subnets
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\RDSDBCluster.isIAMAuthenticationEnabled) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
