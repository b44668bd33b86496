import RempartModel
import RempartSupport

/// DB instances must not be publicly accessible.
///
/// When `PubliclyAccessible` is not set, AWS decides. Aurora instances are private. Other
/// instances without `DBSubnetGroupName` (or with the subnet group `default`) go to the
/// default VPC, which has an internet gateway, so they are public and fail. With another
/// subnet group the outcome depends on that VPC's internet gateway, which the template does
/// not show, so the verdict is unknown.
struct RDSInstanceIsNotPublic: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0180",
        aliases: ["CKV_AWS_17"],
        slug: "rds-enable-public-access",
        service: "rds",
        severity: .high,
        title: LocalizedText(
            "RDS instances are not publicly accessible",
            fr: "Les instances RDS ne sont pas accessibles publiquement"),
        rationale: LocalizedText(
            "A public instance gets a public DNS name and address, so only its security group stands between the database and the internet.",
            fr: "Une instance publique reçoit un nom DNS et une adresse publics : seul son groupe de sécurité sépare alors la base de données d'Internet."),
        remediation: LocalizedText(
            "Set `PubliclyAccessible: false` on the `AWS::RDS::DBInstance` and place it in a DB subnet group of private subnets.",
            fr: "Définissez `PubliclyAccessible: false` sur l'`AWS::RDS::DBInstance` et placez-la dans un groupe de sous-réseaux de BD privés."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/rds/avd-aws-0180/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html",
            "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html",
        ],
        limitations: LocalizedText(
            "trivy fails every instance without `PubliclyAccessible` and checkov passes them all; Rempart follows AWS: without a DB subnet group the instance goes to the default VPC, whose internet gateway makes it public, so it fails; with a DB subnet group and no `PubliclyAccessible` it is unknown.",
            fr: "trivy fait échouer toute instance sans `PubliclyAccessible` et checkov les laisse toutes passer ; Rempart suit AWS : sans groupe de sous-réseaux, l'instance va dans le VPC par défaut, dont la passerelle Internet la rend publique, et elle échoue ; avec un groupe de sous-réseaux et sans `PubliclyAccessible`, elle est inconnue."),
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
                      PubliclyAccessible: false
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
                      PubliclyAccessible: ↓true
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
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\RDSDBInstance.isPubliclyAccessible) { !$0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
