import RempartModel
import RempartSupport

/// DB instances with Performance Insights must encrypt its data with a customer managed KMS key.
struct RDSPerformanceInsightsUsesCustomerManagedKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0078",
        slug: "rds-performance-insights-encryption-customer-key",
        service: "rds",
        severity: .low,
        title: LocalizedText(
            "RDS Performance Insights data is encrypted with a customer managed key",
            fr: "Les données Performance Insights de RDS sont chiffrées avec une clé gérée par le client"),
        rationale: LocalizedText(
            "Performance Insights stores query text and wait statistics; with the AWS managed key, access to that data cannot be restricted through a key policy.",
            fr: "Performance Insights conserve le texte des requêtes et les statistiques d'attente ; avec la clé gérée par AWS, l'accès à ces données ne peut pas être restreint par une politique de clé."),
        remediation: LocalizedText(
            "Set `PerformanceInsightsKMSKeyId` on the `AWS::RDS::DBInstance` that sets `EnablePerformanceInsights: true`.",
            fr: "Définissez `PerformanceInsightsKMSKeyId` sur l'`AWS::RDS::DBInstance` qui a `EnablePerformanceInsights: true`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/rds/avd-aws-0078/",
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
                      PerformanceInsightsKMSKeyId: arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-1111-2222-3333-444455556666
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
                      EnablePerformanceInsights: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for instance in state.all(RDSDBInstance.self) {
            let enabled = Decision(instance.isPerformanceInsightsEnabled) { $0 }
            if enabled == .no { continue }
            let decision = enabled.negated || Decision(instance.performanceInsightsKMSKeyID) { $0.isSet }
            results.record(decision, for: instance.address, at: instance.performanceInsightsKMSKeyID.origin)
        }
        return results.results
    }
}
