import RempartModel
import RempartSupport

/// OpenSearch domains accept only HTTPS.
struct ElasticsearchDomainEnforcesHTTPS: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0046", aliases: ["CKV_AWS_83"], slug: "aws-elasticsearch-enforce-https", service: "elasticsearch",
        severity: .critical,
        title: LocalizedText(
            "OpenSearch domains accept only HTTPS",
            fr: "Les domaines OpenSearch n'acceptent que HTTPS"),
        rationale: LocalizedText(
            "Plain HTTP requests expose queries, documents and credentials to anyone on the network path.",
            fr:
                "Les requêtes HTTP en clair exposent requêtes, documents et identifiants à quiconque se trouve sur le chemin réseau."
        ),
        remediation: LocalizedText(
            "Set `DomainEndpointOptions.EnforceHTTPS` to `true`.",
            fr: "Définissez `DomainEndpointOptions.EnforceHTTPS` à `true`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0046",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-domainendpointoptions.html",
        ],
        limitations: LocalizedText(
            "checkov's CKV_AWS_83 reads only `AWS::Elasticsearch::Domain`; this rule also reads `AWS::OpenSearchService::Domain`.",
            fr:
                "CKV_AWS_83 de checkov ne lit que `AWS::Elasticsearch::Domain` ; cette règle lit aussi `AWS::OpenSearchService::Domain`."
        ),
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
                        EnforceHTTPS: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ElasticsearchDomain.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.enforcesHTTPS)
        }
    }
}
