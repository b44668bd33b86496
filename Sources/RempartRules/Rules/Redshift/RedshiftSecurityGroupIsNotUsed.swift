import RempartModel
import RempartSupport

/// Redshift uses VPC security groups, not EC2-Classic ones.
struct RedshiftSecurityGroupIsNotUsed: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0085", aliases: [], slug: "aws-redshift-no-classic-resources", service: "redshift",
        severity: .critical,
        title: LocalizedText(
            "Redshift uses VPC security groups, not EC2-Classic ones",
            fr: "Redshift utilise des groupes de sécurité VPC, pas ceux d'EC2-Classic"),
        rationale: LocalizedText(
            "Cluster security groups belong to EC2-Classic, which is retired and lacks the isolation of a VPC.",
            fr:
                "Les groupes de sécurité de grappe appartiennent à EC2-Classic, retiré et dépourvu de l'isolement d'un VPC."
        ),
        remediation: LocalizedText(
            "Remove the `AWS::Redshift::ClusterSecurityGroup` and put the cluster in a VPC with `ClusterSubnetGroupName` and `VpcSecurityGroupIds`.",
            fr:
                "Retirez le `AWS::Redshift::ClusterSecurityGroup` et placez la grappe dans un VPC avec `ClusterSubnetGroupName` et `VpcSecurityGroupIds`."
        ),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0085",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-clustersecuritygroup.html",
        ],
        resourceTypes: ["AWS::Redshift::ClusterSecurityGroup"],
        goodExamples: [
            .init(
                """
                Resources:
                  Warehouse:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      ClusterType: single-node
                      NodeType: ra3.xlplus
                      DBName: warehouse
                      MasterUsername: admin
                      MasterUserPassword: "{{resolve:secretsmanager:warehouse:SecretString:password}}"
                      ClusterSubnetGroupName: warehouse-subnets
                      Encrypted: true
                      KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
                      PubliclyAccessible: false
                      LoggingProperties:
                        BucketName: warehouse-audit-logs
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓WarehouseAccess:
                    Type: AWS::Redshift::ClusterSecurityGroup
                    Properties:
                      Description: Analysts' workstations that query the warehouse
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(RedshiftClusterSecurityGroup.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.failed(at: resource.address.origin)
        }
    }
}
