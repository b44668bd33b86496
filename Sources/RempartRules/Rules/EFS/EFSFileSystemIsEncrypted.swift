import RempartModel
import RempartSupport

/// EFS file systems are encrypted at rest.
struct EFSFileSystemIsEncrypted: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0037", aliases: ["CKV_AWS_42"], slug: "aws-efs-enable-at-rest-encryption", service: "efs",
        severity: .high,
        title: LocalizedText(
            "EFS file systems are encrypted at rest",
            fr: "Les systèmes de fichiers EFS sont chiffrés au repos"),
        rationale: LocalizedText(
            "An unencrypted file system exposes its files to anyone who obtains the underlying storage or its backups.",
            fr:
                "Un système de fichiers non chiffré expose ses fichiers à quiconque obtient le stockage sous-jacent ou ses sauvegardes."
        ),
        remediation: LocalizedText(
            "Set `Encrypted` to `true` (optionally with `KmsKeyId`).",
            fr: "Définissez `Encrypted` à `true` (éventuellement avec `KmsKeyId`)."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0037",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-efs-filesystem.html",
        ],
        resourceTypes: ["AWS::EFS::FileSystem"],
        goodExamples: [
            .init(
                """
                Resources:
                  Shared:
                    Type: AWS::EFS::FileSystem
                    Properties:
                      Encrypted: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Shared:
                    Type: AWS::EFS::FileSystem
                    Properties:
                      Encrypted: ↓false
                """),
            .init(
                """
                Resources:
                  ↓Shared:
                    Type: AWS::EFS::FileSystem
                    Properties:
                      PerformanceMode: generalPurpose
                """),
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(EFSFileSystem.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isEncrypted)
        }
    }
}
