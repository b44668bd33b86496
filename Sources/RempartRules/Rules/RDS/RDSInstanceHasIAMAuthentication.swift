import RempartModel
import RempartSupport

/// MySQL and PostgreSQL instances must accept IAM database authentication.
///
/// Other engines get no verdict.
struct RDSInstanceHasIAMAuthentication: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0176",
        aliases: ["CKV_AWS_161"],
        slug: "rds-enable-iam-auth",
        service: "rds",
        severity: .medium,
        title: LocalizedText(
            "RDS instances have IAM database authentication",
            fr: "Les instances RDS ont l'authentification IAM des bases de données"),
        rationale: LocalizedText(
            "IAM authentication replaces long-lived database passwords with short-lived tokens tied to IAM identities, which can be revoked and audited centrally.",
            fr: "L'authentification IAM remplace les mots de passe durables par des jetons de courte durée liés à des identités IAM, révocables et auditables de façon centrale."),
        remediation: LocalizedText(
            "Set `EnableIAMDatabaseAuthentication: true` on the `AWS::RDS::DBInstance`.",
            fr: "Définissez `EnableIAMDatabaseAuthentication: true` sur l'`AWS::RDS::DBInstance`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/rds/avd-aws-0176/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html",
        ],
        resourceTypes: ["AWS::RDS::DBInstance"],
        goodExamples: [
            .init(
                """
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      DBInstanceClass: db.t3.micro
                      Engine: postgres
                      AllocatedStorage: "20"
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
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      DBInstanceClass: db.t3.micro
                      Engine: postgres
                      AllocatedStorage: "20"
                      MasterUsername: admin
                      ManageMasterUserPassword: true
                      DBSubnetGroupName: private-subnets
                      EnableIAMDatabaseAuthentication: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for instance in Self.standaloneInstances(state) {
            guard let engine = instance.engine.value, engine == "mysql" || engine == "postgres" else { continue }
            results.record(
                Decision(instance.isIAMAuthenticationEnabled) { $0 }, for: instance.address,
                at: instance.isIAMAuthenticationEnabled.origin)
        }
        return results.results
    }

    /// Returns the instances outside any DB cluster. A cluster owns the storage, backups and
    /// deletion protection of its members.
    private static func standaloneInstances(_ state: AWSState) -> [RDSDBInstance] {
        state.all(RDSDBInstance.self).filter { $0.cluster.value == .some(nil) }
    }
}
