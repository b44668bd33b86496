import RempartTemplate

/// An `AWS::EC2::LaunchTemplate` that carries the metadata options of the instances launched from it.
public struct LaunchTemplate: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::EC2::LaunchTemplate" }
    public var attributes = ResourceAttributes()
    public var metadataOptions: MetadataOptions?
    /// Tags of the launch template itself.
    public var tags: [Tag]

    /// Creates a launch template.
    public init(_ logicalID: String, metadataOptions: MetadataOptions? = nil, tags: [Tag] = []) {
        self.logicalID = logicalID
        self.metadataOptions = metadataOptions
        self.tags = tags
    }

    /// The version number an instance refers to.
    public var latestVersionNumber: Token { attribute("LatestVersionNumber") }

    public var properties: Node {
        .map([
            ("LaunchTemplateData", .map([("MetadataOptions", metadataOptions?.node)])),
            (
                "TagSpecifications",
                tags.isEmpty
                    ? nil : .list([.map([("ResourceType", .string("launch-template")), ("Tags", .tags(tags))])])
            ),
        ])
    }
}
