import RempartModel
import RempartSupport

/// Redshift clusters are encrypted with a customer managed key.
struct RedshiftClusterUsesCustomerKey: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0084", aliases: [], slug: "aws-redshift-encryption-customer-key", service: "redshift",
        severity: .high,
        title: LocalizedText(
            "Redshift clusters are encrypted with a customer managed key",
            fr: "Les grappes Redshift sont chiffrées avec une clé gérée par le client"),
        rationale: LocalizedText(
            "An unencrypted warehouse exposes its data and snapshots; the AWS managed key leaves the key policy out of your control.",
            fr:
                "Un entrepôt non chiffré expose ses données et instantanés ; la clé gérée par AWS échappe à votre contrôle."
        ),
        remediation: LocalizedText(
            "Set `Encrypted` to `true` and `KmsKeyId` to a customer managed KMS key.",
            fr: "Définissez `Encrypted` à `true` et `KmsKeyId` à une clé KMS gérée par le client."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0084",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html",
        ],
        limitations: LocalizedText(
            "checkov's CKV_AWS_64 requires only `Encrypted`; this rule, like trivy, also requires `KmsKeyId`.",
            fr: "CKV_AWS_64 de checkov n'exige que `Encrypted` ; cette règle, comme trivy, exige aussi `KmsKeyId`."),
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
                  Warehouse:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      ClusterType: single-node
                      NodeType: ra3.xlplus
                      DBName: warehouse
                      MasterUsername: admin
                      MasterUserPassword: "{{resolve:secretsmanager:warehouse:SecretString:password}}"
                      Encrypted: ↓false
                """),
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
                      Encrypted: true
                """),
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(RedshiftCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isEncrypted).then { verdict.requireSet(resource.kmsKeyID) }
        }
    }
}
