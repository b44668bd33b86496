import RempartModel
import RempartSupport

/// DB clusters must encrypt their storage, with any KMS key.
///
/// checkov's CKV_AWS_96 accepts the AWS managed key `aws/rds`, while AVD-AWS-0079 also
/// requires a customer managed key, so an encrypted cluster without `KmsKeyId` fails
/// AVD-AWS-0079 but passes this rule.
struct RDSClusterEncryptsStorage: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0236",
        aliases: ["CKV_AWS_96"],
        slug: "rds-cluster-storage-encrypted",
        service: "rds",
        severity: .high,
        title: LocalizedText(
            "RDS clusters encrypt their storage",
            fr: "Les grappes RDS chiffrent leur stockage"),
        rationale: LocalizedText(
            "Unencrypted cluster storage leaves the data, its automated backups and its snapshots readable to anyone who obtains a copy.",
            fr: "Un stockage de grappe non chiffré laisse les données, leurs sauvegardes automatiques et leurs instantanés lisibles par quiconque en obtient une copie."),
        remediation: LocalizedText(
            "Set `StorageEncrypted: true` on the `AWS::RDS::DBCluster` when creating it; encryption cannot be turned on later.",
            fr: "Définissez `StorageEncrypted: true` sur l'`AWS::RDS::DBCluster` à sa création ; le chiffrement ne peut pas être activé plus tard."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbcluster.html",
            "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html",
        ],
        limitations: LocalizedText(
            "A cluster restored from a snapshot or cloned from another cluster inherits its source's encryption, which the template does not show, so it is unknown unless `StorageEncrypted` is set.",
            fr: "Une grappe restaurée d'un instantané ou clonée d'une autre grappe hérite du chiffrement de sa source, que le modèle ne montre pas : elle est inconnue si `StorageEncrypted` n'est pas défini."),
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
                      StorageEncrypted: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Cluster:
                    Type: AWS::RDS::DBCluster
                    Properties:
                      Engine: aurora-postgresql
                      MasterUsername: admin
                      ManageMasterUserPassword: true
                  Reports:
                    Type: AWS::RDS::DBCluster
                    Properties:
                      Engine: aurora-mysql
                      MasterUsername: admin
                      ManageMasterUserPassword: true
                      StorageEncrypted: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for cluster in state.all(RDSDBCluster.self) {
            if case .known(.some) = cluster.restoreSource.state, !cluster.isStorageEncrypted.isExplicit {
                results.unknown(
                    cluster.address, reason: "the cluster inherits the encryption of its source snapshot or cluster",
                    at: cluster.restoreSource.origin)
                continue
            }
            results.record(
                Decision(cluster.isStorageEncrypted) { $0 }, for: cluster.address, at: cluster.isStorageEncrypted.origin)
        }
        return results.results
    }
}
