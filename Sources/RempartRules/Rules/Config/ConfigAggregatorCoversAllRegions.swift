import RempartModel
import RempartSupport

/// Config aggregators collect data from all regions.
struct ConfigAggregatorCoversAllRegions: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0019", aliases: [], slug: "aws-config-aggregate-all-regions", service: "config",
        severity: .high,
        title: LocalizedText(
            "Config aggregators collect data from all regions",
            fr: "Les agrégateurs Config collectent les données de toutes les régions"),
        rationale: LocalizedText(
            "An aggregator limited to some regions misses resources created elsewhere, so non-compliant resources go unnoticed.",
            fr:
                "Un agrégateur limité à certaines régions ignore les ressources créées ailleurs, et des ressources non conformes passent inaperçues."
        ),
        remediation: LocalizedText(
            "Set `AllAwsRegions: true` in `AccountAggregationSources` or in `OrganizationAggregationSource`.",
            fr:
                "Définissez `AllAwsRegions: true` dans `AccountAggregationSources` ou dans `OrganizationAggregationSource`."
        ),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0019",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-config-configurationaggregator.html",
        ],
        limitations: LocalizedText(
            "trivy checks only the first aggregator of each template; this rule checks every aggregator.",
            fr: "trivy ne vérifie que le premier agrégateur de chaque modèle ; cette règle les vérifie tous."),
        resourceTypes: ["AWS::Config::ConfigurationAggregator"],
        goodExamples: [
            .init(
                """
                Resources:
                  Aggregator:
                    Type: AWS::Config::ConfigurationAggregator
                    Properties:
                      ConfigurationAggregatorName: all-regions
                      OrganizationAggregationSource:
                        AllAwsRegions: true
                        RoleArn: arn:aws:iam::123456789012:role/config
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Aggregator:
                    Type: AWS::Config::ConfigurationAggregator
                    Properties:
                      ConfigurationAggregatorName: two-regions
                      AccountAggregationSources:
                        - AccountIds: ["123456789012"]
                          AllAwsRegions: ↓false
                          AwsRegions: [us-east-1, ca-central-1]
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ConfigConfigurationAggregator.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.sourcesAllRegions)
        }
    }
}
