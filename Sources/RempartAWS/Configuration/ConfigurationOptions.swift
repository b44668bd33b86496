/// Settings from the command line, which win over the environment and the profile.
public struct ConfigurationOptions: Sendable {
    /// `--profile`; when set, environment credentials are ignored, as the AWS CLI does.
    public var profile: String?
    /// `--region`.
    public var region: String?
    /// `--endpoint-url`, for every service.
    public var endpointURL: String?
    /// `--use-instance-metadata`: the only way to let Rempart query the instance metadata service.
    public var usesInstanceMetadata: Bool
    /// The instance metadata endpoint; nil means `AWS_EC2_METADATA_SERVICE_ENDPOINT`, else the
    /// link-local address. Tests set a 127.0.0.1 server here.
    public var instanceMetadataEndpoint: String?

    /// Creates options; by default nothing is set and instance metadata stays off.
    public init(
        profile: String? = nil, region: String? = nil, endpointURL: String? = nil, usesInstanceMetadata: Bool = false,
        instanceMetadataEndpoint: String? = nil
    ) {
        self.profile = profile
        self.region = region
        self.endpointURL = endpointURL
        self.usesInstanceMetadata = usesInstanceMetadata
        self.instanceMetadataEndpoint = instanceMetadataEndpoint
    }
}
