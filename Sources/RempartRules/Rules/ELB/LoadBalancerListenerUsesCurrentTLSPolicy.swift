import RempartModel
import RempartSupport

/// Listeners must not use a security policy that allows TLS 1.0 or 1.1 or weak ciphers.
struct LoadBalancerListenerUsesCurrentTLSPolicy: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0047",
        slug: "elb-use-secure-tls-policy",
        service: "elb",
        severity: .critical,
        title: LocalizedText(
            "Load balancer listeners use a current TLS policy",
            fr: "Les écouteurs d'équilibreur de charge utilisent une politique TLS à jour"),
        rationale: LocalizedText(
            "Outdated policies accept TLS 1.0 and 1.1 and cipher suites with known weaknesses, which lets an attacker on the path downgrade and decrypt traffic.",
            fr: "Les politiques périmées acceptent TLS 1.0 et 1.1 et des suites de chiffrement faibles, ce qui permet à un attaquant sur le trajet de rétrograder et de déchiffrer le trafic."),
        remediation: LocalizedText(
            "Set `SslPolicy` on the `AWS::ElasticLoadBalancingV2::Listener` to a TLS 1.2+ policy such as `ELBSecurityPolicy-TLS13-1-2-2021-06`.",
            fr: "Définissez `SslPolicy` sur le `AWS::ElasticLoadBalancingV2::Listener` avec une politique TLS 1.2+ comme `ELBSecurityPolicy-TLS13-1-2-2021-06`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/elb/avd-aws-0047/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listener.html",
            "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html",
        ],
        limitations: LocalizedText(
            "A listener without `SslPolicy` gets the policy AWS picks at creation and is not reported; trivy also checks only listeners whose load balancer is in the same template.",
            fr: "Un écouteur sans `SslPolicy` reçoit la politique choisie par AWS à la création et n'est pas signalé ; trivy ne vérifie que les écouteurs dont l'équilibreur est dans le même modèle."),
        resourceTypes: ["AWS::ElasticLoadBalancingV2::Listener", "AWS::ElasticLoadBalancingV2::LoadBalancer"],
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
                  Listener:
                    Type: AWS::ElasticLoadBalancingV2::Listener
                    Properties:
                      LoadBalancerArn: !Ref Balancer
                      Protocol: HTTPS
                      SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
                      DefaultActions:
                        - Type: forward
                          TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0a1b2c3d4e5f6a7b
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
                  Listener:
                    Type: AWS::ElasticLoadBalancingV2::Listener
                    Properties:
                      LoadBalancerArn: !Ref Balancer
                      Protocol: HTTPS
                      SslPolicy: ↓ELBSecurityPolicy-TLS-1-1-2017-01
                      DefaultActions:
                        - Type: forward
                          TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0a1b2c3d4e5f6a7b
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\ELBv2Listener.sslPolicy) { !Self.outdatedPolicies.contains($0 ?? "") }.evaluate(state, ruleID: Self.metadata.id)
    }

    /// The ELB security policies that allow TLS 1.0 or 1.1, or TLS 1.2 with weak ciphers.
    static let outdatedPolicies: Set<String> = [
        "ELBSecurityPolicy-2015-05", "ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-FS-2018-06",
        "ELBSecurityPolicy-FS-1-1-2019-08", "ELBSecurityPolicy-TLS-1-0-2015-04", "ELBSecurityPolicy-TLS-1-1-2017-01",
        "ELBSecurityPolicy-TLS13-1-0-2021-06", "ELBSecurityPolicy-TLS13-1-1-2021-06",
        "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06", "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
    ]
}
