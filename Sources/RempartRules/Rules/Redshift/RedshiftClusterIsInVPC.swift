import RempartModel
import RempartSupport

/// Redshift clusters are deployed in a VPC.
struct RedshiftClusterIsInVPC: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0127", aliases: ["CKV_AWS_154"], slug: "aws-redshift-use-vpc", service: "redshift",
        severity: .high,
        title: LocalizedText(
            "Redshift clusters are deployed in a VPC",
            fr: "Les grappes Redshift sont déployées dans un VPC"),
        rationale: LocalizedText(
            "Without a subnet group the cluster is placed outside your VPC, beyond the reach of its security groups and network ACLs.",
            fr:
                "Sans groupe de sous-réseaux, la grappe est placée hors de votre VPC, hors de portée de ses groupes de sécurité et ACL réseau."
        ),
        remediation: LocalizedText(
            "Set `ClusterSubnetGroupName` to a subnet group of your VPC.",
            fr: "Définissez `ClusterSubnetGroupName` à un groupe de sous-réseaux de votre VPC."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0127",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html",
        ],
        resourceTypes: ["AWS::Redshift::Cluster"],
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
                  ↓Warehouse:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      ClusterType: single-node
                      NodeType: ra3.xlplus
                      DBName: warehouse
                      MasterUsername: admin
                      MasterUserPassword: "{{resolve:secretsmanager:warehouse:SecretString:password}}"
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(RedshiftCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireSet(resource.subnetGroupName)
        }
    }
}
