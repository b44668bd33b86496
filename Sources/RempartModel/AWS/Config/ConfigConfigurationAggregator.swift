/// An AWS Config configuration aggregator (`AWS::Config::ConfigurationAggregator`).
public struct ConfigConfigurationAggregator: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// Whether the aggregator collects data from every region: the first account source that sets `AllAwsRegions`, else the organization source's `AllAwsRegions`.
    public var sourcesAllRegions: Resolved<Bool>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, sourcesAllRegions: Resolved<Bool>) {
        self.address = address
        self.sourcesAllRegions = sourcesAllRegions
    }
}
