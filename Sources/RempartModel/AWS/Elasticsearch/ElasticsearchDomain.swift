/// An Amazon OpenSearch Service domain (`AWS::OpenSearchService::Domain`) or its older form (`AWS::Elasticsearch::Domain`).
public struct ElasticsearchDomain: AWSResource {
    /// The publishing setting of one log type.
    public struct LogPublishingOption: Sendable {
        /// The log type: `AUDIT_LOGS`, `ES_APPLICATION_LOGS`, `INDEX_SLOW_LOGS` or `SEARCH_SLOW_LOGS`.
        public var logType: String
        /// Whether the log type is published (`Enabled`, default false).
        public var isEnabled: Resolved<Bool>

        /// Creates a setting.
        public init(logType: String, isEnabled: Resolved<Bool>) {
            self.logType = logType
            self.isEnabled = isEnabled
        }
    }

    /// The resource's identity.
    public var address: ResourceAddress
    /// The log publishing options (`LogPublishingOptions`), one per log type.
    public var logPublishing: Resolved<[LogPublishingOption]>
    /// Whether audit logs are published (`LogPublishingOptions.AUDIT_LOGS.Enabled`, default false).
    public var isAuditLogEnabled: Resolved<Bool>
    /// Whether traffic between nodes is encrypted (`NodeToNodeEncryptionOptions.Enabled`, default false).
    public var isNodeToNodeEncryptionEnabled: Resolved<Bool>
    /// Whether data at rest is encrypted (`EncryptionAtRestOptions.Enabled`, default false).
    public var isEncryptionAtRestEnabled: Resolved<Bool>
    /// Whether the endpoint rejects plain HTTP (`DomainEndpointOptions.EnforceHTTPS`, default false).
    public var enforcesHTTPS: Resolved<Bool>
    /// The endpoint's TLS policy (`DomainEndpointOptions.TLSSecurityPolicy`), nil when not set.
    public var tlsSecurityPolicy: Resolved<String?>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, logPublishing: Resolved<[LogPublishingOption]>, isAuditLogEnabled: Resolved<Bool>,
        isNodeToNodeEncryptionEnabled: Resolved<Bool>, isEncryptionAtRestEnabled: Resolved<Bool>,
        enforcesHTTPS: Resolved<Bool>, tlsSecurityPolicy: Resolved<String?>
    ) {
        self.address = address
        self.logPublishing = logPublishing
        self.isAuditLogEnabled = isAuditLogEnabled
        self.isNodeToNodeEncryptionEnabled = isNodeToNodeEncryptionEnabled
        self.isEncryptionAtRestEnabled = isEncryptionAtRestEnabled
        self.enforcesHTTPS = enforcesHTTPS
        self.tlsSecurityPolicy = tlsSecurityPolicy
    }
}
