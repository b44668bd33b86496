import RempartModel
import RempartTemplate

/// Reads Amazon MQ brokers.
enum MQAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let mqBrokers: [any AWSResource] = input.resources(ofType: "AWS::AmazonMQ::Broker").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return MQBroker(
                address: PropertyReader.address(of: resource),
                engineType: properties.optionalString("EngineType"),
                isPubliclyAccessible: properties.bool("PubliclyAccessible", default: false),
                isAuditLogEnabled: properties.bool("Logs", "Audit", default: false),
                isGeneralLogEnabled: properties.bool("Logs", "General", default: false))
        }
        return mqBrokers
    }
}
