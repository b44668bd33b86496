import RempartModel
import RempartSupport

/// Application, Network and Gateway Load Balancers must write access logs to S3.
struct LoadBalancerHasAccessLogs: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0108",
        aliases: ["CKV_AWS_91"],
        slug: "elb-alb-access-logs",
        service: "elb",
        severity: .medium,
        title: LocalizedText(
            "Load balancers have access logging enabled",
            fr: "Les équilibreurs de charge ont la journalisation des accès activée"),
        rationale: LocalizedText(
            "Access logs record every request with its client, target and result, which incident response and abuse analysis depend on.",
            fr: "Les journaux d'accès enregistrent chaque requête avec son client, sa cible et son résultat, ce dont dépendent la réponse aux incidents et l'analyse des abus."),
        remediation: LocalizedText(
            "Add `access_logs.s3.enabled: \"true\"` and `access_logs.s3.bucket` to `LoadBalancerAttributes` of the `AWS::ElasticLoadBalancingV2::LoadBalancer`.",
            fr: "Ajoutez `access_logs.s3.enabled: \"true\"` et `access_logs.s3.bucket` à `LoadBalancerAttributes` de l'`AWS::ElasticLoadBalancingV2::LoadBalancer`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-loadbalancer.html",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-loadbalancer-loadbalancerattribute.html",
        ],
        resourceTypes: ["AWS::ElasticLoadBalancingV2::LoadBalancer"],
        goodExamples: [
            .init(
                """
                Resources:
                  Balancer:
                    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                    Properties:
                      Scheme: internal
                      Subnets:
                        - subnet-0a1b2c3d
                        - subnet-4e5f6a7b
                      LoadBalancerAttributes:
                        - Key: access_logs.s3.enabled
                          Value: "true"
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Balancer:
                    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                    Properties:
                      Scheme: internal
                      Subnets:
                        - subnet-0a1b2c3d
                        - subnet-4e5f6a7b
                      LoadBalancerAttributes:
                        - Key: access_logs.s3.enabled
                          Value: ↓"false"
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for balancer in state.all(ELBv2LoadBalancer.self) {
            let enabled = balancer.boolAttribute("access_logs.s3.enabled", default: false)
            results.record(Decision(enabled) { $0 }, for: balancer.address, at: enabled.origin)
        }
        return results.results
    }
}
