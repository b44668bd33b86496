import RempartModel
import RempartSupport

/// HTTP listeners must only redirect to HTTPS.
struct LoadBalancerListenerUsesHTTPS: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0054",
        aliases: ["CKV_AWS_2"],
        slug: "elb-http-not-used",
        service: "elb",
        severity: .critical,
        title: LocalizedText(
            "Load balancer listeners do not serve plain HTTP",
            fr: "Les écouteurs d'équilibreur de charge ne servent pas de HTTP en clair"),
        rationale: LocalizedText(
            "Plain HTTP exposes requests, cookies and credentials to anyone on the network path and lets them alter responses.",
            fr: "Le HTTP en clair expose les requêtes, les témoins et les identifiants à quiconque est sur le trajet réseau, et lui permet de modifier les réponses."),
        remediation: LocalizedText(
            "Set `Protocol: HTTPS` with a certificate on the `AWS::ElasticLoadBalancingV2::Listener`, or make its default action a `redirect` with `RedirectConfig.Protocol: HTTPS`.",
            fr: "Définissez `Protocol: HTTPS` avec un certificat sur le `AWS::ElasticLoadBalancingV2::Listener`, ou faites de son action par défaut une `redirect` avec `RedirectConfig.Protocol: HTTPS`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/elb/avd-aws-0054/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listener.html",
        ],
        limitations: LocalizedText(
            "trivy accepts any redirect action and checks only listeners of application load balancers declared in the same template; Rempart requires the redirect to use HTTPS and checks every listener.",
            fr: "trivy accepte toute action de redirection et ne vérifie que les écouteurs d'équilibreurs d'application du même modèle ; Rempart exige une redirection vers HTTPS et vérifie tous les écouteurs."),
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
                      Protocol: HTTP
                      DefaultActions:
                        - Type: redirect
                          RedirectConfig:
                            Protocol: HTTPS
                            Port: "443"
                            StatusCode: HTTP_301
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
                      Protocol: ↓HTTP
                      DefaultActions:
                        - Type: forward
                          TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0a1b2c3d4e5f6a7b
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for listener in state.all(ELBv2Listener.self) {
            switch listener.listenerProtocol.state {
            case .unknown(let reason):
                results.unknown(listener.address, reason: reason, at: listener.listenerProtocol.origin)
            case .known(nil):
                // Only Gateway Load Balancer listeners omit the protocol; they carry no HTTP.
                continue
            case .known(.some("HTTP")):
                results.record(
                    HTTPListenerRedirect.redirectsToHTTPS(listener), for: listener.address, at: listener.listenerProtocol.origin)
            case .known:
                results.pass(listener.address, at: listener.listenerProtocol.origin)
            }
        }
        return results.results
    }
}
