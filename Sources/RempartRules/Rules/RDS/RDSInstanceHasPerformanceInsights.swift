import RempartModel
import RempartSupport

/// DB instances must enable Performance Insights.
struct RDSInstanceHasPerformanceInsights: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0133",
        slug: "rds-enable-performance-insights",
        service: "rds",
        severity: .low,
        title: LocalizedText(
            "RDS instances have Performance Insights enabled",
            fr: "Les instances RDS ont Performance Insights activé"),
        rationale: LocalizedText(
            "Performance Insights shows which queries load the database, which helps tell an attack or a runaway job from normal load.",
            fr: "Performance Insights montre quelles requêtes chargent la base, ce qui aide à distinguer une attaque ou une tâche emballée d'une charge normale."),
        remediation: LocalizedText(
            "Set `EnablePerformanceInsights: true` on the `AWS::RDS::DBInstance`.",
            fr: "Définissez `EnablePerformanceInsights: true` sur l'`AWS::RDS::DBInstance`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/rds/avd-aws-0133/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html",
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
                      EnablePerformanceInsights: true
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
        AttributeCheck(\RDSDBInstance.isPerformanceInsightsEnabled) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
