import RempartModel
import RempartSupport

/// DB instances must enable Enhanced Monitoring.
struct RDSInstanceHasEnhancedMonitoring: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0114",
        aliases: ["CKV_AWS_118"],
        slug: "rds-enhanced-monitoring",
        service: "rds",
        severity: .low,
        title: LocalizedText(
            "RDS instances have Enhanced Monitoring",
            fr: "Les instances RDS ont la surveillance améliorée"),
        rationale: LocalizedText(
            "Enhanced Monitoring reports operating-system metrics every few seconds, which reveals resource exhaustion and unexpected processes.",
            fr: "La surveillance améliorée rapporte les métriques du système d'exploitation toutes les quelques secondes, ce qui révèle l'épuisement des ressources et les processus inattendus."),
        remediation: LocalizedText(
            "Set `MonitoringInterval` to 1, 5, 10, 15, 30 or 60 and `MonitoringRoleArn` on the `AWS::RDS::DBInstance`.",
            fr: "Définissez `MonitoringInterval` à 1, 5, 10, 15, 30 ou 60 et `MonitoringRoleArn` sur l'`AWS::RDS::DBInstance`."),
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
                      MonitoringInterval: 60
                      MonitoringRoleArn: arn:aws:iam::123456789012:role/rds-monitoring
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
                      MonitoringInterval: ↓0
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\RDSDBInstance.monitoringInterval) { [1, 5, 10, 15, 30, 60].contains($0) }.evaluate(state, ruleID: Self.metadata.id)
    }
}
