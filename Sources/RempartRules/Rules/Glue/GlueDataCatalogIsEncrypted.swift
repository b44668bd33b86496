import RempartModel
import RempartSupport

/// Glue Data Catalogs encrypt metadata and connection passwords.
struct GlueDataCatalogIsEncrypted: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0212", aliases: ["CKV_AWS_94"], slug: "aws-glue-data-catalog-encrypted", service: "glue",
        severity: .high,
        title: LocalizedText(
            "Glue Data Catalogs encrypt metadata and connection passwords",
            fr: "Les catalogues de données Glue chiffrent les métadonnées et les mots de passe de connexion"),
        rationale: LocalizedText(
            "The catalog holds table definitions and database passwords; unencrypted, both are readable by anyone with catalog access.",
            fr:
                "Le catalogue contient les définitions de tables et les mots de passe des bases ; non chiffrés, ils sont lisibles par quiconque accède au catalogue."
        ),
        remediation: LocalizedText(
            "Set `EncryptionAtRest.CatalogEncryptionMode` to `SSE-KMS` and `ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted` to `true`.",
            fr:
                "Définissez `EncryptionAtRest.CatalogEncryptionMode` à `SSE-KMS` et `ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted` à `true`."
        ),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/GlueDataCatalogEncryption.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-datacatalogencryptionsettings-datacatalogencryptionsettings.html",
        ],
        resourceTypes: ["AWS::Glue::DataCatalogEncryptionSettings"],
        goodExamples: [
            .init(
                """
                Resources:
                  Catalog:
                    Type: AWS::Glue::DataCatalogEncryptionSettings
                    Properties:
                      CatalogId: "123456789012"
                      DataCatalogEncryptionSettings:
                        ConnectionPasswordEncryption:
                          ReturnConnectionPasswordEncrypted: true
                          KmsKeyId: alias/glue
                        EncryptionAtRest:
                          CatalogEncryptionMode: SSE-KMS
                          SseAwsKmsKeyId: alias/glue
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Catalog:
                    Type: AWS::Glue::DataCatalogEncryptionSettings
                    Properties:
                      CatalogId: "123456789012"
                      DataCatalogEncryptionSettings:
                        ConnectionPasswordEncryption:
                          ReturnConnectionPasswordEncrypted: true
                        EncryptionAtRest:
                          CatalogEncryptionMode: ↓DISABLED
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(GlueDataCatalogEncryptionSettings.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.returnsConnectionPasswordEncrypted).then {
                verdict.require(resource.catalogEncryptionMode) { $0 == "SSE-KMS" }
            }
        }
    }
}
