import RempartModel
import RempartSupport

/// HTTPS and TLS listeners must name a TLS 1.2+ policy; HTTP listeners must redirect to HTTPS.
struct LoadBalancerListenerRequiresTLS12: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0110",
        aliases: ["CKV_AWS_103"],
        slug: "elb-listener-tls12",
        service: "elb",
        severity: .high,
        title: LocalizedText(
            "Load balancer listeners require TLS 1.2 or later",
            fr: "Les écouteurs d'équilibreur de charge exigent TLS 1.2 ou plus"),
        rationale: LocalizedText(
            "A listener that accepts TLS 1.0 or 1.1, or plain HTTP without a redirect, lets traffic travel with broken or no encryption.",
            fr: "Un écouteur qui accepte TLS 1.0 ou 1.1, ou HTTP sans redirection, laisse circuler le trafic avec un chiffrement défaillant ou absent."),
        remediation: LocalizedText(
            "On the `AWS::ElasticLoadBalancingV2::Listener`, set `SslPolicy` to an `ELBSecurityPolicy-TLS13-1-2-…` (or `-TLS-1-2-`, `-FS-1-2-`) policy for HTTPS and TLS; for HTTP, use a `redirect` default action with `Protocol: HTTPS`.",
            fr: "Sur le `AWS::ElasticLoadBalancingV2::Listener`, définissez `SslPolicy` avec une politique `ELBSecurityPolicy-TLS13-1-2-…` (ou `-TLS-1-2-`, `-FS-1-2-`) pour HTTPS et TLS ; pour HTTP, utilisez une action par défaut `redirect` avec `Protocol: HTTPS`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listener.html",
        ],
        limitations: LocalizedText(
            "A listener without `SslPolicy` fails: the policy AWS picks by default has changed over time and is not visible in the template.",
            fr: "Un écouteur sans `SslPolicy` échoue : la politique choisie par défaut par AWS a changé au fil du temps et n'est pas visible dans le modèle."),
        resourceTypes: ["AWS::ElasticLoadBalancingV2::Listener"],
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
                      Protocol: TLS
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
                      SslPolicy: ↓ELBSecurityPolicy-2016-08
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
                // Only Gateway Load Balancer listeners omit the protocol; they do not terminate TLS.
                continue
            case .known(.some(let name)) where name == "HTTPS" || name == "TLS":
                let prefixes = name == "HTTPS" ? Self.httpsPrefixes : Self.tlsPrefixes
                let decision = Decision(listener.sslPolicy) { policy in prefixes.contains { (policy ?? "").hasPrefix($0) } }
                results.record(decision, for: listener.address, at: listener.sslPolicy.origin)
            case .known(.some("HTTP")):
                results.record(
                    HTTPListenerRedirect.redirectsToHTTPS(listener), for: listener.address, at: listener.listenerProtocol.origin)
            case .known:
                results.pass(listener.address, at: listener.listenerProtocol.origin)
            }
        }
        return results.results
    }

    /// Policy name prefixes of TLS 1.2+ policies for Application Load Balancers.
    private static let httpsPrefixes = [
        "ELBSecurityPolicy-FS-1-2", "ELBSecurityPolicy-TLS-1-2", "ELBSecurityPolicy-TLS13-1-2", "ELBSecurityPolicy-TLS13-1-3",
    ]
    /// Policy name prefixes of TLS 1.2+ policies for Network Load Balancers.
    private static let tlsPrefixes = [
        "ELBSecurityPolicy-TLS13-1-3-2021-06", "ELBSecurityPolicy-TLS13-1-2", "ELBSecurityPolicy-FS-1-2",
        "ELBSecurityPolicy-TLS-1-2",
    ]
}
