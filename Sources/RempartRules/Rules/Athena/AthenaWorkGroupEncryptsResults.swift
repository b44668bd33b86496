import RempartModel
import RempartSupport

/// Athena workgroups encrypt query results.
struct AthenaWorkGroupEncryptsResults: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0006", aliases: [], slug: "aws-athena-enable-at-rest-encryption", service: "athena",
        severity: .high,
        title: LocalizedText(
            "Athena workgroups encrypt query results",
            fr: "Les groupes de travail Athena chiffrent les résultats des requêtes"),
        rationale: LocalizedText(
            "Query results written to Amazon S3 without encryption can be read by anyone who reaches the result bucket.",
            fr:
                "Les résultats de requête écrits dans Amazon S3 sans chiffrement sont lisibles par quiconque accède au compartiment de résultats."
        ),
        remediation: LocalizedText(
            "Set `WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption` to `SSE_KMS` (or `SSE_S3`, `CSE_KMS`).",
            fr:
                "Définissez `WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption` à `SSE_KMS` (ou `SSE_S3`, `CSE_KMS`)."
        ),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0006",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-athena-workgroup.html",
        ],
        resourceTypes: ["AWS::Athena::WorkGroup"],
        goodExamples: [
            .init(
                """
                Resources:
                  Queries:
                    Type: AWS::Athena::WorkGroup
                    Properties:
                      Name: queries
                      WorkGroupConfiguration:
                        ResultConfiguration:
                          EncryptionConfiguration:
                            EncryptionOption: SSE_KMS
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Queries:
                    Type: AWS::Athena::WorkGroup
                    Properties:
                      Name: queries
                      WorkGroupConfiguration:
                        EnforceWorkGroupConfiguration: true
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(AthenaWorkGroup.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireSet(resource.encryptionOption)
        }
    }
}
