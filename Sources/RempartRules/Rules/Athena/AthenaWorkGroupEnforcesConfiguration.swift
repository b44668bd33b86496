import RempartModel
import RempartSupport

/// Athena workgroups enforce their configuration on clients.
struct AthenaWorkGroupEnforcesConfiguration: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0007", aliases: ["CKV_AWS_82"], slug: "aws-athena-no-encryption-override", service: "athena",
        severity: .high,
        title: LocalizedText(
            "Athena workgroups enforce their configuration on clients",
            fr: "Les groupes de travail Athena imposent leur configuration aux clients"),
        rationale: LocalizedText(
            "Unless the workgroup settings are enforced, a client can override them and write query results without encryption.",
            fr:
                "Si les paramètres du groupe de travail ne sont pas imposés, un client peut les remplacer et écrire les résultats sans chiffrement."
        ),
        remediation: LocalizedText(
            "Set `WorkGroupConfiguration.EnforceWorkGroupConfiguration` to `true`.",
            fr: "Définissez `WorkGroupConfiguration.EnforceWorkGroupConfiguration` à `true`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0007",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-athena-workgroup-workgroupconfiguration.html",
        ],
        limitations: LocalizedText(
            "A workgroup without `EnforceWorkGroupConfiguration` fails, as in trivy and checkov, although the Athena API enforces the configuration by default.",
            fr:
                "Un groupe de travail sans `EnforceWorkGroupConfiguration` échoue, comme dans trivy et checkov, bien que l'API Athena impose la configuration par défaut."
        ),
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
                        EnforceWorkGroupConfiguration: true
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Queries:
                    Type: AWS::Athena::WorkGroup
                    Properties:
                      Name: queries
                      WorkGroupConfiguration:
                        EnforceWorkGroupConfiguration: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(AthenaWorkGroup.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.enforcesWorkGroupConfiguration)
        }
    }
}
