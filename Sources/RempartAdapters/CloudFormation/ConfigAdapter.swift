import RempartModel
import RempartTemplate

/// Reads AWS Config configuration aggregators.
enum ConfigAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        input.resources(ofType: "AWS::Config::ConfigurationAggregator").map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return ConfigConfigurationAggregator(
                address: PropertyReader.address(of: resource), sourcesAllRegions: sourcesAllRegions(properties))
        }
    }

    /// Returns the first `AllAwsRegions` of the account sources, else the organization source's.
    private static func sourcesAllRegions(_ properties: PropertyReader) -> Resolved<Bool> {
        let accountSources = properties.elements("AccountAggregationSources")
        if case .unknown(let reason) = accountSources.state { return .unresolved(reason, at: accountSources.origin) }
        for source in accountSources.value ?? [] {
            if let allRegions = source.bool("AllAwsRegions") { return allRegions }
        }
        return properties.bool("OrganizationAggregationSource", "AllAwsRegions", default: false)
    }
}
