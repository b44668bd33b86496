import RempartModel
import RempartTemplate

/// Reads Amazon MSK clusters.
enum MSKAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        input.resources(ofType: "AWS::MSK::Cluster").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            let encryption = properties.child("EncryptionInfo")
            let transit = encryption.child("EncryptionInTransit")
            let logs = properties.child("LoggingInfo", "BrokerLogs")
            return MSKCluster(
                address: PropertyReader.address(of: resource),
                hasEncryptionInfo: presence(properties, "EncryptionInfo"),
                hasEncryptionAtRest: presence(encryption, "EncryptionAtRest"),
                clientBroker: transit.string("ClientBroker", default: "TLS"),
                isInClusterEncryptionEnabled: transit.bool("InCluster", default: true),
                isS3LoggingEnabled: logs.bool("S3", "Enabled", default: false),
                isCloudWatchLoggingEnabled: logs.bool("CloudWatchLogs", "Enabled", default: false),
                isFirehoseLoggingEnabled: logs.bool("Firehose", "Enabled", default: false),
                brokerLogsOrigin: logs.origin,
                publicAccessType: properties.optionalString(
                    "BrokerNodeGroupInfo", "ConnectivityInfo", "PublicAccess", "Type"))
        }
    }

    private static func presence(_ reader: PropertyReader, _ key: String) -> Resolved<Bool> {
        switch reader.lookup([key]) {
        case .absent: .defaulted(false, at: reader.origin)
        case .unknown(let reason, let origin): .unresolved(reason, at: origin)
        case .value(let node): .explicit(true, at: .source(node.location))
        }
    }
}
