import RempartModel
import RempartSupport

/// OpenSearch domain endpoints require TLS 1.2 or later.
struct ElasticsearchDomainUsesSecureTLSPolicy: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0126", aliases: [], slug: "aws-elasticsearch-use-secure-tls-policy", service: "elasticsearch",
        severity: .high,
        title: LocalizedText(
            "OpenSearch domain endpoints require TLS 1.2 or later",
            fr: "Les points de terminaison des domaines OpenSearch exigent TLS 1.2 ou plus"),
        rationale: LocalizedText(
            "Older TLS versions have known weaknesses that let an attacker read or alter traffic.",
            fr:
                "Les anciennes versions de TLS ont des faiblesses connues qui permettent de lire ou de modifier le trafic."
        ),
        remediation: LocalizedText(
            "Set `DomainEndpointOptions.TLSSecurityPolicy` to `Policy-Min-TLS-1-2-2019-07` or `Policy-Min-TLS-1-2-PFS-2023-10`.",
            fr:
                "Définissez `DomainEndpointOptions.TLSSecurityPolicy` à `Policy-Min-TLS-1-2-2019-07` ou `Policy-Min-TLS-1-2-PFS-2023-10`."
        ),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0126",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-domainendpointoptions.html",
        ],
        resourceTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"],
        goodExamples: [
            .init(
                """
                Resources:
                  Search:
                    Type: AWS::OpenSearchService::Domain
                    Properties:
                      DomainName: search
                      EncryptionAtRestOptions:
                        Enabled: true
                      NodeToNodeEncryptionOptions:
                        Enabled: true
                      DomainEndpointOptions:
                        EnforceHTTPS: true
                        TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07
                      LogPublishingOptions:
                        AUDIT_LOGS:
                          Enabled: true
                          CloudWatchLogsLogGroupArn: arn:aws:logs:us-east-1:123456789012:log-group:search-audit
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  Search:
                    Type: AWS::OpenSearchService::Domain
                    Properties:
                      DomainName: search
                      DomainEndpointOptions:
                        EnforceHTTPS: true
                        TLSSecurityPolicy: ↓Policy-Min-TLS-1-0-2019-07
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ElasticsearchDomain.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.require(resource.tlsSecurityPolicy) { Self.securePolicies.contains($0 ?? "") }
        }
    }

    /// The policies trivy accepts.
    static let securePolicies: Set<String> = ["Policy-Min-TLS-1-2-2019-07", "Policy-Min-TLS-1-2-PFS-2023-10"]
}
