import RempartModel
import RempartSupport

/// DB instances outside a cluster must enable deletion protection.
struct RDSInstanceHasDeletionProtection: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0177",
        slug: "rds-enable-deletion-protection",
        service: "rds",
        severity: .medium,
        title: LocalizedText(
            "RDS instances have deletion protection",
            fr: "Les instances RDS ont la protection contre la suppression"),
        rationale: LocalizedText(
            "Without it, one API call or stack deletion destroys the database.",
            fr: "Sans elle, un seul appel d'API ou la suppression d'une pile détruit la base de données."),
        remediation: LocalizedText(
            "Set `DeletionProtection: true` on the `AWS::RDS::DBInstance`.",
            fr: "Définissez `DeletionProtection: true` sur l'`AWS::RDS::DBInstance`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/rds/avd-aws-0177/",
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
                      DeletionProtection: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      DBInstanceClass: db.t3.micro
                      Engine: postgres
                      AllocatedStorage: "20"
                      MasterUsername: admin
                      ManageMasterUserPassword: true
                      DBSubnetGroupName: private-subnets
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for instance in Self.standaloneInstances(state) {
            results.record(
                Decision(instance.isDeletionProtectionEnabled) { $0 }, for: instance.address,
                at: instance.isDeletionProtectionEnabled.origin)
        }
        return results.results
    }

    /// Returns the instances outside any DB cluster. A cluster owns the storage, backups and
    /// deletion protection of its members.
    private static func standaloneInstances(_ state: AWSState) -> [RDSDBInstance] {
        state.all(RDSDBInstance.self).filter { $0.cluster.value == .some(nil) }
    }
}
