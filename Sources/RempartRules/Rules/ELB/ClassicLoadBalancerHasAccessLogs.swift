import RempartModel
import RempartSupport

/// Classic Load Balancers must write access logs to S3.
struct ClassicLoadBalancerHasAccessLogs: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0109",
        aliases: ["CKV_AWS_92"],
        slug: "elb-access-logs",
        service: "elb",
        severity: .medium,
        title: LocalizedText(
            "Classic Load Balancers have access logging enabled",
            fr: "Les équilibreurs de charge classiques ont la journalisation des accès activée"),
        rationale: LocalizedText(
            "Access logs record every request with its client, back end and result, which incident response and abuse analysis depend on.",
            fr: "Les journaux d'accès enregistrent chaque requête avec son client, son serveur et son résultat, ce dont dépendent la réponse aux incidents et l'analyse des abus."),
        remediation: LocalizedText(
            "Set `AccessLoggingPolicy` with `Enabled: true` and `S3BucketName` on the `AWS::ElasticLoadBalancing::LoadBalancer`.",
            fr: "Définissez `AccessLoggingPolicy` avec `Enabled: true` et `S3BucketName` sur l'`AWS::ElasticLoadBalancing::LoadBalancer`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancing-loadbalancer.html",
        ],
        resourceTypes: ["AWS::ElasticLoadBalancing::LoadBalancer"],
        goodExamples: [
            .init(
                """
                Resources:
                  Legacy:
                    Type: AWS::ElasticLoadBalancing::LoadBalancer
                    Properties:
                      Listeners:
                        - LoadBalancerPort: "443"
                          InstancePort: "443"
                          Protocol: TCP
                      AccessLoggingPolicy:
                        Enabled: true
                        S3BucketName: elb-logs
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Legacy:
                    Type: AWS::ElasticLoadBalancing::LoadBalancer
                    Properties:
                      Listeners:
                        - LoadBalancerPort: "443"
                          InstancePort: "443"
                          Protocol: TCP
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\ClassicLoadBalancer.isAccessLoggingEnabled) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
