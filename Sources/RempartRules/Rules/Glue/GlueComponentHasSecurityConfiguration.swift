import RempartModel
import RempartSupport

/// Glue crawlers, development endpoints and jobs use a security configuration.
struct GlueComponentHasSecurityConfiguration: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0222", aliases: ["CKV_AWS_195"], slug: "aws-glue-security-configuration-set", service: "glue",
        severity: .medium,
        title: LocalizedText(
            "Glue crawlers, development endpoints and jobs use a security configuration",
            fr:
                "Les robots, points de terminaison de développement et tâches Glue utilisent une configuration de sécurité"
        ),
        rationale: LocalizedText(
            "Without a security configuration, the component writes its data, logs and bookmarks without encryption.",
            fr: "Sans configuration de sécurité, le composant écrit ses données, journaux et signets sans chiffrement."),
        remediation: LocalizedText(
            "Set `SecurityConfiguration` (`CrawlerSecurityConfiguration` for crawlers) to a security configuration.",
            fr:
                "Définissez `SecurityConfiguration` (`CrawlerSecurityConfiguration` pour les robots) à une configuration de sécurité."
        ),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/GlueSecurityConfigurationEnabled.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html",
        ],
        resourceTypes: ["AWS::Glue::Crawler", "AWS::Glue::DevEndpoint", "AWS::Glue::Job"],
        goodExamples: [
            .init(
                """
                Resources:
                  Nightly:
                    Type: AWS::Glue::Job
                    Properties:
                      Role: arn:aws:iam::123456789012:role/glue
                      Command:
                        Name: glueetl
                        ScriptLocation: s3://scripts/nightly.py
                      SecurityConfiguration: jobs
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Nightly:
                    Type: AWS::Glue::Job
                    Properties:
                      Role: arn:aws:iam::123456789012:role/glue
                      Command:
                        Name: glueetl
                        ScriptLocation: s3://scripts/nightly.py
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(GlueComponent.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireSet(resource.securityConfiguration)
        }
    }
}
