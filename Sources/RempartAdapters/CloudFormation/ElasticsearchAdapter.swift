import RempartModel
import RempartTemplate

/// Reads Amazon OpenSearch Service domains of both resource types.
enum ElasticsearchAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        (input.resources(ofType: "AWS::Elasticsearch::Domain") + input.resources(ofType: "AWS::OpenSearchService::Domain"))
            .map { template, resource in
                let properties = PropertyReader(resource, file: template.file)
                let options = properties.mappingEntries("LogPublishingOptions").map { entries in
                    entries.map {
                        ElasticsearchDomain.LogPublishingOption(
                            logType: $0.key, isEnabled: $0.value.bool("Enabled", default: false))
                    }
                }
                return ElasticsearchDomain(
                    address: PropertyReader.address(of: resource), logPublishing: options,
                    isAuditLogEnabled: properties.bool("LogPublishingOptions", "AUDIT_LOGS", "Enabled", default: false),
                    isNodeToNodeEncryptionEnabled: properties.bool("NodeToNodeEncryptionOptions", "Enabled", default: false),
                    isEncryptionAtRestEnabled: properties.bool("EncryptionAtRestOptions", "Enabled", default: false),
                    enforcesHTTPS: properties.bool("DomainEndpointOptions", "EnforceHTTPS", default: false),
                    tlsSecurityPolicy: properties.optionalString("DomainEndpointOptions", "TLSSecurityPolicy"))
            }
    }
}
