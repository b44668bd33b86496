import RempartModel
import RempartSupport

/// DB instances and clusters must keep automated backups for more than one day.
struct RDSHasBackupRetention: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0077",
        slug: "rds-specify-backup-retention",
        service: "rds",
        severity: .medium,
        title: LocalizedText(
            "RDS backups are kept for more than one day",
            fr: "Les sauvegardes RDS sont conservées plus d'un jour"),
        rationale: LocalizedText(
            "With the one-day default, a problem noticed after a weekend can no longer be undone from automated backups.",
            fr: "Avec la valeur par défaut d'un jour, un problème remarqué après une fin de semaine ne peut plus être annulé à partir des sauvegardes automatiques."),
        remediation: LocalizedText(
            "Set `BackupRetentionPeriod` to 2 days or more (7 or more is common) on the `AWS::RDS::DBInstance` or `AWS::RDS::DBCluster`.",
            fr: "Définissez `BackupRetentionPeriod` à 2 jours ou plus (7 ou plus est courant) sur l'`AWS::RDS::DBInstance` ou l'`AWS::RDS::DBCluster`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/rds/avd-aws-0077/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbcluster.html",
        ],
        resourceTypes: ["AWS::RDS::DBCluster", "AWS::RDS::DBInstance"],
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
                      BackupRetentionPeriod: 7
                """),
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
                      BackupRetentionPeriod: 7
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
                      BackupRetentionPeriod: ↓1
                """),
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
        var results = ResultBuilder(Self.metadata.id)
        for instance in Self.standaloneInstances(state) {
            // Read replicas take their backups from the source.
            if case .known(.some) = instance.sourceDBInstance.state { continue }
            results.record(Decision(instance.backupRetentionPeriod) { $0 >= 2 }, for: instance.address, at: instance.backupRetentionPeriod.origin)
        }
        for cluster in state.all(RDSDBCluster.self) {
            results.record(Decision(cluster.backupRetentionPeriod) { $0 >= 2 }, for: cluster.address, at: cluster.backupRetentionPeriod.origin)
        }
        return results.results
    }

    /// Returns the instances outside any DB cluster. A cluster owns the storage, backups and
    /// deletion protection of its members.
    private static func standaloneInstances(_ state: AWSState) -> [RDSDBInstance] {
        state.all(RDSDBInstance.self).filter { $0.cluster.value == .some(nil) }
    }
}
