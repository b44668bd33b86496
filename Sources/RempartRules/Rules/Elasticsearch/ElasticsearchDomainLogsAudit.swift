import RempartModel
import RempartSupport

/// OpenSearch domains publish audit logs.
struct ElasticsearchDomainLogsAudit: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0042", aliases: ["CKV_AWS_317"], slug: "aws-elasticsearch-enable-domain-logging",
        service: "elasticsearch",
        severity: .medium,
        title: LocalizedText(
            "OpenSearch domains publish audit logs",
            fr: "Les domaines OpenSearch publient les journaux d'audit"),
        rationale: LocalizedText(
            "Audit logs record who accessed or changed the data; without them an intrusion leaves no trace.",
            fr:
                "Les journaux d'audit consignent qui a consulté ou modifié les données ; sans eux, une intrusion ne laisse aucune trace."
        ),
        remediation: LocalizedText(
            "Set `LogPublishingOptions.AUDIT_LOGS.Enabled` to `true` with a `CloudWatchLogsLogGroupArn`.",
            fr: "Définissez `LogPublishingOptions.AUDIT_LOGS.Enabled` à `true` avec un `CloudWatchLogsLogGroupArn`."),
        links: [
            "https://avd.aquasec.com/misconfig/avd-aws-0042",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html",
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
                      LogPublishingOptions:
                        AUDIT_LOGS:
                          Enabled: ↓false
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ElasticsearchDomain.self).map { resource in
            let verdict = Verdict(Self.metadata.id, resource.address)
            return verdict.requireTrue(resource.isAuditLogEnabled)
        }
    }
}
