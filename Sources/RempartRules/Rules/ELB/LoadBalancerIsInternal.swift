import RempartModel
import RempartSupport

/// Load balancers must be internal unless they are meant to face the internet.
struct LoadBalancerIsInternal: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0053",
        slug: "elb-alb-not-public",
        service: "elb",
        severity: .high,
        title: LocalizedText(
            "Load balancers are not exposed to the internet",
            fr: "Les équilibreurs de charge ne sont pas exposés à Internet"),
        rationale: LocalizedText(
            "An internet-facing load balancer gives every host on the internet a path to its targets; only front doors should have one.",
            fr: "Un équilibreur exposé à Internet ouvre à tout hôte d'Internet un chemin vers ses cibles ; seules les portes d'entrée devraient l'être."),
        remediation: LocalizedText(
            "Set `Scheme: internal` on the `AWS::ElasticLoadBalancingV2::LoadBalancer`, or suppress the finding for public front ends.",
            fr: "Définissez `Scheme: internal` sur l'`AWS::ElasticLoadBalancingV2::LoadBalancer`, ou exemptez le constat pour les points d'entrée publics."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/elb/avd-aws-0053/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-loadbalancer.html",
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
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Balancer:
                    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                    Properties:
                      Subnets:
                        - subnet-0a1b2c3d
                        - subnet-4e5f6a7b
                """),
            .init(
                """
                Resources:
                  Balancer:
                    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                    Properties:
                      Scheme: ↓internet-facing
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for balancer in state.all(ELBv2LoadBalancer.self) {
            // Gateway Load Balancers have no listeners reachable from the internet.
            let isGateway = Decision(balancer.type) { $0 == "gateway" }
            let isInternal = Decision(balancer.scheme) { $0.lowercased() == "internal" }
            results.record(isGateway || isInternal, for: balancer.address, at: balancer.scheme.origin)
        }
        return results.results
    }
}
