import RempartModel
import RempartSupport

/// OpenSearch domains publish at least one log type.
struct ElasticsearchDomainPublishesLogs: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0208", aliases: ["CKV_AWS_84"], slug: "aws-elasticsearch-log-publishing", service: "elasticsearch",
        severity: .medium,
        title: LocalizedText(
            "OpenSearch domains publish at least one log type",
            fr: "Les domaines OpenSearch publient au moins un type de journal"),
        rationale: LocalizedText(
            "Published logs (application, slow, audit) are the only record of what happened inside the domain.",
            fr:
                "Les journaux publiés (application, lents, audit) sont la seule trace de ce qui s'est passé dans le domaine."
        ),
        remediation: LocalizedText(
            "Enable an entry of `LogPublishingOptions` (`ES_APPLICATION_LOGS`, `INDEX_SLOW_LOGS`, `SEARCH_SLOW_LOGS` or `AUDIT_LOGS`).",
            fr:
                "Activez une entrée de `LogPublishingOptions` (`ES_APPLICATION_LOGS`, `INDEX_SLOW_LOGS`, `SEARCH_SLOW_LOGS` ou `AUDIT_LOGS`)."
        ),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/ElasticsearchDomainLogging.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html",
        ],
        resourceTypes: ["AWS::Elasticsearch::Domain", "AWS::OpenSearchService::Domain"],
        goodExamples: [
            .init(
                """
                Resources:
                  Search:
                    Type: AWS::OpenSearchService::Domain
                    Properties:
                      LogPublishingOptions:
                        ES_APPLICATION_LOGS:
                          Enabled: true
                          CloudWatchLogsLogGroupArn: arn:aws:logs:us-east-1:123456789012:log-group:search
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Search:
                    Type: AWS::OpenSearchService::Domain
                    Properties:
                      DomainName: search
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(ElasticsearchDomain.self).map { domain in
            let verdict = Verdict(Self.metadata.id, domain.address)
            switch domain.logPublishing.state {
            case .unknown(let reason):
                return verdict.unknown(reason, at: domain.logPublishing.origin)
            case .known(let options):
                let results = options.map { verdict.requireTrue($0.isEnabled) }
                if let pass = results.first(where: { $0.status == .passed }) { return pass }
                if let unknown = results.first(where: { $0.status != .failed }) { return unknown }
                return verdict.failed(at: domain.logPublishing.origin)
            }
        }
    }
}
