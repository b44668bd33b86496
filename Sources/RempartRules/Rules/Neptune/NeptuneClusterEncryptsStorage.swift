import RempartModel
import RempartSupport

/// Neptune clusters encrypt their storage.
struct NeptuneClusterEncryptsStorage: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0076", aliases: ["CKV_AWS_44"], slug: "aws-neptune-enable-storage-encryption", service: "neptune",
        severity: .high,
        title: LocalizedText(
            "Neptune clusters encrypt their storage",
            fr: "Les grappes Neptune chiffrent leur stockage"),
        rationale: LocalizedText(
            "Unencrypted storage, snapshots and replicas expose the graph to anyone who obtains the underlying volumes.",
            fr:
                "Un stockage, des instantanés et des réplicas non chiffrés exposent le graphe à quiconque obtient les volumes sous-jacents."
        ),
        remediation: LocalizedText(
            "Set `StorageEncrypted` to `true`.",
            fr: "Définissez `StorageEncrypted` à `true`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0076",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-neptune-dbcluster.html",
        ],
        resourceTypes: ["AWS::Neptune::DBCluster"],
        goodExamples: [
            .init(
                """
                Resources:
                  Graph:
                    Type: AWS::Neptune::DBCluster
                    Properties:
                      BackupRetentionPeriod: 7
                      EnableCloudwatchLogsExports: [audit]
                      StorageEncrypted: true
                      KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Graph:
                    Type: AWS::Neptune::DBCluster
                    Properties:
                      StorageEncrypted: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(NeptuneDBCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isStorageEncrypted)
        }
    }
}
