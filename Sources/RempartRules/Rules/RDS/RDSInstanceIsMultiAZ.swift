import RempartModel
import RempartSupport

/// DB instances must run in several Availability Zones.
///
/// Aurora instances get no verdict: Aurora storage spans three zones on its own.
struct RDSInstanceIsMultiAZ: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0116",
        aliases: ["CKV_AWS_157"],
        slug: "rds-multi-az",
        service: "rds",
        severity: .low,
        title: LocalizedText(
            "RDS instances are Multi-AZ",
            fr: "Les instances RDS sont multi-AZ"),
        rationale: LocalizedText(
            "A single-zone instance stops with its zone; Multi-AZ keeps a standby that takes over automatically.",
            fr: "Une instance dans une seule zone s'arrête avec elle ; le mode multi-AZ garde une instance de secours qui prend le relais automatiquement."),
        remediation: LocalizedText(
            "Set `MultiAZ: true` on the `AWS::RDS::DBInstance`.",
            fr: "Définissez `MultiAZ: true` sur l'`AWS::RDS::DBInstance`."),
        links: [
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
                      MultiAZ: true
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
                      MultiAZ: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for instance in state.all(RDSDBInstance.self) {
            let isAurora = Decision(instance.isAurora) { $0 }
            if isAurora == .yes { continue }
            results.record(isAurora || Decision(instance.isMultiAZ) { $0 }, for: instance.address, at: instance.isMultiAZ.origin)
        }
        return results.results
    }
}
