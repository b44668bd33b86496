import RempartModel
import RempartSupport

/// Application load balancers must drop HTTP headers with invalid names.
struct LoadBalancerDropsInvalidHeaders: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0052",
        aliases: ["CKV_AWS_131"],
        slug: "elb-drop-invalid-headers",
        service: "elb",
        severity: .high,
        title: LocalizedText(
            "Application load balancers drop invalid header fields",
            fr: "Les équilibreurs d'application rejettent les en-têtes invalides"),
        rationale: LocalizedText(
            "Headers with invalid characters pass through to targets otherwise, which opens the way to request smuggling and header injection against back ends.",
            fr: "Sinon, les en-têtes aux caractères invalides passent jusqu'aux cibles, ce qui ouvre la voie à la contrebande de requêtes et à l'injection d'en-têtes contre les serveurs."),
        remediation: LocalizedText(
            "Add `Key: routing.http.drop_invalid_header_fields.enabled` with `Value: \"true\"` to `LoadBalancerAttributes` of the `AWS::ElasticLoadBalancingV2::LoadBalancer`.",
            fr: "Ajoutez `Key: routing.http.drop_invalid_header_fields.enabled` avec `Value: \"true\"` à `LoadBalancerAttributes` de l'`AWS::ElasticLoadBalancingV2::LoadBalancer`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/elb/avd-aws-0052/",
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
                        - Key: routing.http.drop_invalid_header_fields.enabled
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
                        - Key: routing.http.drop_invalid_header_fields.enabled
                          Value: ↓"false"
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for balancer in state.all(ELBv2LoadBalancer.self) {
            let isApplication = Decision(balancer.type) { $0 == "application" }
            if isApplication == .no { continue }
            let drops = balancer.boolAttribute("routing.http.drop_invalid_header_fields.enabled", default: false)
            results.record(isApplication.negated || Decision(drops) { $0 }, for: balancer.address, at: drops.origin)
        }
        return results.results
    }
}
