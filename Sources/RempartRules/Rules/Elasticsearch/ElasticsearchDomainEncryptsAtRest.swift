import RempartModel
import RempartSupport

/// OpenSearch domains encrypt data at rest.
struct ElasticsearchDomainEncryptsAtRest: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0048", aliases: ["CKV_AWS_5"], slug: "aws-elasticsearch-enable-domain-encryption",
        service: "elasticsearch",
        severity: .high,
        title: LocalizedText(
            "OpenSearch domains encrypt data at rest",
            fr: "Les domaines OpenSearch chiffrent les données au repos"),
        rationale: LocalizedText(
            "Without encryption at rest, indices, logs and snapshots are readable from the underlying storage.",
            fr:
                "Sans chiffrement au repos, les index, journaux et instantanés sont lisibles sur le stockage sous-jacent."
        ),
        remediation: LocalizedText(
            "Set `EncryptionAtRestOptions.Enabled` to `true`.",
            fr: "Définissez `EncryptionAtRestOptions.Enabled` à `true`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0048",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-encryptionatrestoptions.html",
        ],
        limitations: LocalizedText(
            "checkov's CKV_AWS_5 reads only `AWS::Elasticsearch::Domain`; this rule also reads `AWS::OpenSearchService::Domain`.",
            fr:
                "CKV_AWS_5 de checkov ne lit que `AWS::Elasticsearch::Domain` ; cette règle lit aussi `AWS::OpenSearchService::Domain`."
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
                      EncryptionAtRestOptions:
                        Enabled: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ElasticsearchDomain.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isEncryptionAtRestEnabled)
        }
    }
}
