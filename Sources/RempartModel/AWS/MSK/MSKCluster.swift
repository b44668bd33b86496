/// An Amazon MSK cluster (`AWS::MSK::Cluster`).
public struct MSKCluster: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// Whether `EncryptionInfo` is set, which turns on encryption at rest.
    public var hasEncryptionInfo: Resolved<Bool>
    /// Whether `EncryptionInfo.EncryptionAtRest` is set.
    public var hasEncryptionAtRest: Resolved<Bool>
    /// Client to broker traffic (`EncryptionInfo.EncryptionInTransit.ClientBroker`: `TLS`, the default, `TLS_PLAINTEXT` or `PLAINTEXT`).
    public var clientBroker: Resolved<String>
    /// Whether traffic between brokers is encrypted (`EncryptionInfo.EncryptionInTransit.InCluster`, default true).
    public var isInClusterEncryptionEnabled: Resolved<Bool>
    /// Whether broker logs go to S3 (`LoggingInfo.BrokerLogs.S3.Enabled`, default false).
    public var isS3LoggingEnabled: Resolved<Bool>
    /// Whether broker logs go to CloudWatch Logs (`LoggingInfo.BrokerLogs.CloudWatchLogs.Enabled`, default false).
    public var isCloudWatchLoggingEnabled: Resolved<Bool>
    /// Whether broker logs go to Firehose (`LoggingInfo.BrokerLogs.Firehose.Enabled`, default false).
    public var isFirehoseLoggingEnabled: Resolved<Bool>
    /// The location of `LoggingInfo.BrokerLogs`, or of the resource when it is absent.
    public var brokerLogsOrigin: Origin
    /// `DISABLED` or `SERVICE_PROVIDED_EIPS` (`BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type`), nil when not set.
    public var publicAccessType: Resolved<String?>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, hasEncryptionInfo: Resolved<Bool>, hasEncryptionAtRest: Resolved<Bool>,
        clientBroker: Resolved<String>, isInClusterEncryptionEnabled: Resolved<Bool>,
        isS3LoggingEnabled: Resolved<Bool>, isCloudWatchLoggingEnabled: Resolved<Bool>,
        isFirehoseLoggingEnabled: Resolved<Bool>, brokerLogsOrigin: Origin, publicAccessType: Resolved<String?>
    ) {
        self.address = address
        self.hasEncryptionInfo = hasEncryptionInfo
        self.hasEncryptionAtRest = hasEncryptionAtRest
        self.clientBroker = clientBroker
        self.isInClusterEncryptionEnabled = isInClusterEncryptionEnabled
        self.isS3LoggingEnabled = isS3LoggingEnabled
        self.isCloudWatchLoggingEnabled = isCloudWatchLoggingEnabled
        self.isFirehoseLoggingEnabled = isFirehoseLoggingEnabled
        self.brokerLogsOrigin = brokerLogsOrigin
        self.publicAccessType = publicAccessType
    }
}
