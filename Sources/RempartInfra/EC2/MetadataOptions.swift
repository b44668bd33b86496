import RempartTemplate

/// The instance metadata service settings of an instance or launch template.
public struct MetadataOptions: Sendable {
    /// `enabled` or `disabled`.
    public var httpEndpoint: String
    /// `required` makes the instance accept only IMDSv2 session tokens; `optional` allows IMDSv1.
    public var httpTokens: String
    /// How many network hops a metadata response may travel; 1 keeps it on the instance.
    public var httpPutResponseHopLimit: Int?
    /// Whether instance tags are readable from the metadata service.
    public var instanceMetadataTags: String?

    /// Creates metadata options.
    public init(
        httpEndpoint: String = "enabled", httpTokens: String, httpPutResponseHopLimit: Int? = nil,
        instanceMetadataTags: String? = nil
    ) {
        self.httpEndpoint = httpEndpoint
        self.httpTokens = httpTokens
        self.httpPutResponseHopLimit = httpPutResponseHopLimit
        self.instanceMetadataTags = instanceMetadataTags
    }

    /// IMDSv2 only, one hop, tags not exposed.
    public static let tokensRequired = MetadataOptions(
        httpTokens: "required", httpPutResponseHopLimit: 1, instanceMetadataTags: "disabled")

    var node: Node {
        .map([
            ("HttpEndpoint", .string(httpEndpoint)),
            ("HttpTokens", .string(httpTokens)),
            ("HttpPutResponseHopLimit", httpPutResponseHopLimit.node),
            ("InstanceMetadataTags", instanceMetadataTags.node),
        ])
    }
}
