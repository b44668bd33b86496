import RempartModel
import RempartSupport

/// OpenSearch domains encrypt traffic between nodes.
struct ElasticsearchDomainEncryptsNodeTraffic: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0043", aliases: ["CKV_AWS_6"], slug: "aws-elasticsearch-enable-in-transit-encryption",
        service: "elasticsearch",
        severity: .high,
        title: LocalizedText(
            "OpenSearch domains encrypt traffic between nodes",
            fr: "Les domaines OpenSearch chiffrent le trafic entre les nœuds"),
        rationale: LocalizedText(
            "Without node-to-node encryption, indexed data crosses the domain's network in clear text.",
            fr: "Sans chiffrement de nœud à nœud, les données indexées circulent en clair sur le réseau du domaine."),
        remediation: LocalizedText(
            "Set `NodeToNodeEncryptionOptions.Enabled` to `true`.",
            fr: "Définissez `NodeToNodeEncryptionOptions.Enabled` à `true`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0043",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html",
        ],
        limitations: LocalizedText(
            "checkov's CKV_AWS_6 reads only `AWS::Elasticsearch::Domain`; this rule also reads `AWS::OpenSearchService::Domain`.",
            fr:
                "CKV_AWS_6 de checkov ne lit que `AWS::Elasticsearch::Domain` ; cette règle lit aussi `AWS::OpenSearchService::Domain`."
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
                    Type: AWS::Elasticsearch::Domain
                    Properties:
                      DomainName: search
                      NodeToNodeEncryptionOptions:
                        Enabled: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ElasticsearchDomain.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isNodeToNodeEncryptionEnabled)
        }
    }
}
