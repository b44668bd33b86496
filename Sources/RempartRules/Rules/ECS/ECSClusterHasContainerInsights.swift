import RempartModel
import RempartSupport

/// ECS clusters turn on Container Insights.
struct ECSClusterHasContainerInsights: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0034", aliases: ["CKV_AWS_65"], slug: "aws-ecs-enable-container-insight", service: "ecs",
        severity: .low,
        title: LocalizedText(
            "ECS clusters turn on Container Insights",
            fr: "Les grappes ECS activent Container Insights"),
        rationale: LocalizedText(
            "Container Insights collects the metrics and events needed to notice failing or abused tasks.",
            fr:
                "Container Insights collecte les métriques et événements nécessaires pour repérer les tâches en échec ou détournées."
        ),
        remediation: LocalizedText(
            "Add `{Name: containerInsights, Value: enabled}` (or `enhanced`) to `ClusterSettings`.",
            fr: "Ajoutez `{Name: containerInsights, Value: enabled}` (ou `enhanced`) à `ClusterSettings`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0034",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-cluster-clustersettings.html",
        ],
        limitations: LocalizedText(
            "As in trivy, any value other than `disabled` passes; checkov accepts only `enabled` and `enhanced`.",
            fr:
                "Comme dans trivy, toute valeur autre que `disabled` passe ; checkov n'accepte que `enabled` et `enhanced`."
        ),
        resourceTypes: ["AWS::ECS::Cluster"],
        goodExamples: [
            .init(
                """
                Resources:
                  Services:
                    Type: AWS::ECS::Cluster
                    Properties:
                      ClusterName: services
                      ClusterSettings:
                        - Name: containerInsights
                          Value: enabled
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Services:
                    Type: AWS::ECS::Cluster
                    Properties:
                      ClusterName: services
                      ClusterSettings:
                        - Name: containerInsights
                          Value: ↓disabled
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ECSCluster.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.containerInsights) { ($0 ?? "disabled") != "disabled" }
        }
    }
}
