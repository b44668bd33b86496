import RempartModel
import RempartSupport

/// DB clusters must encrypt their storage with a customer managed KMS key.
struct RDSClusterIsEncrypted: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0079",
        slug: "rds-encrypt-cluster-storage-data",
        service: "rds",
        severity: .high,
        title: LocalizedText(
            "RDS clusters encrypt storage with a customer managed key",
            fr: "Les grappes RDS chiffrent leur stockage avec une clé gérée par le client"),
        rationale: LocalizedText(
            "Unencrypted storage, snapshots and replicas expose the whole database to anyone who obtains a copy; the AWS managed key cannot be restricted by a key policy.",
            fr: "Un stockage, des instantanés et des répliques non chiffrés exposent toute la base à quiconque en obtient une copie ; la clé gérée par AWS ne peut pas être restreinte par une politique de clé."),
        remediation: LocalizedText(
            "Set `StorageEncrypted: true` and `KmsKeyId` to a customer managed key on the `AWS::RDS::DBCluster` (only at creation).",
            fr: "Définissez `StorageEncrypted: true` et `KmsKeyId` avec une clé gérée par le client sur l'`AWS::RDS::DBCluster` (seulement à la création)."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/rds/avd-aws-0079/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbcluster.html",
        ],
        limitations: LocalizedText(
            "An encrypted cluster without `KmsKeyId` fails, as in trivy. Encryption with any key is RMP-AWS-0236 (checkov's CKV_AWS_96), which passes it.",
            fr: "Une grappe chiffrée sans `KmsKeyId` échoue, comme dans trivy. Le chiffrement avec n'importe quelle clé relève de RMP-AWS-0236 (CKV_AWS_96 de checkov), qui la laisse passer."),
        resourceTypes: ["AWS::RDS::DBCluster"],
        goodExamples: [
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
                      StorageEncrypted: true
                      KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-1111-2222-3333-444455556666
                """)
        ],
        badExamples: [
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
                      StorageEncrypted: ↓false
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
                      StorageEncrypted: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for cluster in state.all(RDSDBCluster.self) {
            // A cluster restored from a snapshot or cloned from a source inherits its encryption.
            if case .known(.some) = cluster.restoreSource.state, !cluster.isStorageEncrypted.isExplicit { continue }
            let encrypted = Decision(cluster.isStorageEncrypted) { $0 }
            guard encrypted == .yes else {
                results.record(encrypted, for: cluster.address, at: cluster.isStorageEncrypted.origin)
                continue
            }
            results.record(Decision(cluster.kmsKeyID) { $0.isSet }, for: cluster.address, at: cluster.kmsKeyID.origin)
        }
        return results.results
    }
}
