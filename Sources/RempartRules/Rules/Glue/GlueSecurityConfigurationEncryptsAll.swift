import RempartModel
import RempartSupport

/// Glue security configurations encrypt S3 data, logs and job bookmarks.
struct GlueSecurityConfigurationEncryptsAll: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0213", aliases: ["CKV_AWS_99"], slug: "aws-glue-security-configuration-encrypted", service: "glue",
        severity: .high,
        title: LocalizedText(
            "Glue security configurations encrypt S3 data, logs and job bookmarks",
            fr: "Les configurations de sécurité Glue chiffrent les données S3, les journaux et les signets de tâche"),
        rationale: LocalizedText(
            "Jobs using a configuration that leaves one of the three unencrypted write that data in clear text.",
            fr: "Les tâches dont la configuration laisse l'un des trois non chiffré écrivent ces données en clair."),
        remediation: LocalizedText(
            "Set `CloudWatchEncryption`, `JobBookmarksEncryption` and `S3Encryptions` in `EncryptionConfiguration` to a mode other than `DISABLED`.",
            fr:
                "Définissez `CloudWatchEncryption`, `JobBookmarksEncryption` et `S3Encryptions` dans `EncryptionConfiguration` à un mode autre que `DISABLED`."
        ),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/GlueSecurityConfiguration.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-securityconfiguration-encryptionconfiguration.html",
        ],
        resourceTypes: ["AWS::Glue::SecurityConfiguration"],
        goodExamples: [
            .init(
                """
                Resources:
                  JobSecurity:
                    Type: AWS::Glue::SecurityConfiguration
                    Properties:
                      Name: jobs
                      EncryptionConfiguration:
                        CloudWatchEncryption:
                          CloudWatchEncryptionMode: SSE-KMS
                          KmsKeyArn: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
                        JobBookmarksEncryption:
                          JobBookmarksEncryptionMode: CSE-KMS
                          KmsKeyArn: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
                        S3Encryptions:
                          - S3EncryptionMode: SSE-S3
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  JobSecurity:
                    Type: AWS::Glue::SecurityConfiguration
                    Properties:
                      Name: jobs
                      EncryptionConfiguration:
                        CloudWatchEncryption:
                          CloudWatchEncryptionMode: ↓DISABLED
                        JobBookmarksEncryption:
                          JobBookmarksEncryptionMode: CSE-KMS
                        S3Encryptions:
                          - S3EncryptionMode: SSE-S3
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(GlueSecurityConfiguration.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.cloudWatchEncryptionMode) { Self.isEncrypting($0) }
                .then { verdict.require(resource.jobBookmarksEncryptionMode) { Self.isEncrypting($0) } }
                .then { verdict.require(resource.s3EncryptionModes) { $0.contains(where: Self.isEncrypting) } }
        }
    }

    private static func isEncrypting(_ mode: String?) -> Bool {
        guard let mode else { return false }
        return mode != "DISABLED"
    }
}
