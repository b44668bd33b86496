import RempartModel
import RempartSupport

/// DB instances must encrypt their storage.
///
/// Members of a cluster, Aurora instances and read replicas get no verdict: their storage
/// and its encryption belong to the cluster or the source instance.
struct RDSInstanceIsEncrypted: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0080",
        aliases: ["CKV_AWS_16"],
        slug: "rds-encrypt-instance-storage-data",
        service: "rds",
        severity: .high,
        title: LocalizedText(
            "RDS instances encrypt storage",
            fr: "Les instances RDS chiffrent leur stockage"),
        rationale: LocalizedText(
            "Unencrypted storage, snapshots and backups expose the whole database to anyone who obtains a copy.",
            fr: "Un stockage, des instantanés et des sauvegardes non chiffrés exposent toute la base à quiconque en obtient une copie."),
        remediation: LocalizedText(
            "Set `StorageEncrypted: true` (and `KmsKeyId`) on the `AWS::RDS::DBInstance` (only at creation).",
            fr: "Définissez `StorageEncrypted: true` (et `KmsKeyId`) sur l'`AWS::RDS::DBInstance` (seulement à la création)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/rds/avd-aws-0080/",
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
                      StorageEncrypted: true
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
                      StorageEncrypted: ↓false
                """),
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
            if case .known(.some) = instance.sourceDBInstance.state { continue }
            if instance.isAurora.value == true { continue }
            results.record(Decision(instance.isStorageEncrypted) { $0 }, for: instance.address, at: instance.isStorageEncrypted.origin)
        }
        return results.results
    }

    /// Returns the instances outside any DB cluster. A cluster owns the storage, backups and
    /// deletion protection of its members.
    private static func standaloneInstances(_ state: AWSState) -> [RDSDBInstance] {
        state.all(RDSDBInstance.self).filter { $0.cluster.value == .some(nil) }
    }
}
