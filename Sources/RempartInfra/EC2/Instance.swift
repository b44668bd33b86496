import RempartTemplate

/// An `AWS::EC2::Instance`.
public struct Instance: Construct {
    public let logicalID: String
    public var resourceType: String { "AWS::EC2::Instance" }
    public var attributes = ResourceAttributes()
    public var imageID: Token
    public var instanceType: Token
    public var keyName: Token?
    /// The instance profile's name, usually `profile.ref`.
    public var iamInstanceProfile: Token?
    /// The launch template and the version to launch from.
    public var launchTemplate: (id: Token, version: Token)?
    public var subnetID: Token
    public var securityGroupIDs: [Token]
    public var ebsOptimized: Bool?
    /// Whether detailed (one-minute) CloudWatch monitoring is on.
    public var monitoring: Bool?
    public var metadataOptions: MetadataOptions?
    public var blockDeviceMappings: [BlockDeviceMapping]
    public var tags: [Tag]

    /// Creates an instance.
    public init(
        _ logicalID: String, imageID: Token, instanceType: Token, keyName: Token? = nil,
        iamInstanceProfile: Token? = nil, launchTemplate: (id: Token, version: Token)? = nil, subnetID: Token,
        securityGroupIDs: [Token], ebsOptimized: Bool? = nil, monitoring: Bool? = nil,
        metadataOptions: MetadataOptions? = nil, blockDeviceMappings: [BlockDeviceMapping] = [], tags: [Tag] = []
    ) {
        self.logicalID = logicalID
        self.imageID = imageID
        self.instanceType = instanceType
        self.keyName = keyName
        self.iamInstanceProfile = iamInstanceProfile
        self.launchTemplate = launchTemplate
        self.subnetID = subnetID
        self.securityGroupIDs = securityGroupIDs
        self.ebsOptimized = ebsOptimized
        self.monitoring = monitoring
        self.metadataOptions = metadataOptions
        self.blockDeviceMappings = blockDeviceMappings
        self.tags = tags
    }

    /// The public IPv4 address, known after launch.
    public var publicIP: Token { attribute("PublicIp") }

    public var properties: Node {
        .map([
            ("ImageId", imageID.node),
            ("InstanceType", instanceType.node),
            ("KeyName", keyName.node),
            ("IamInstanceProfile", iamInstanceProfile.node),
            (
                "LaunchTemplate",
                launchTemplate.map { .map([("LaunchTemplateId", $0.id.node), ("Version", $0.version.node)]) }
            ),
            ("SubnetId", subnetID.node),
            ("SecurityGroupIds", .list(securityGroupIDs.map(\.node))),
            ("EbsOptimized", ebsOptimized.node),
            ("Monitoring", monitoring.node),
            ("MetadataOptions", metadataOptions?.node),
            ("BlockDeviceMappings", blockDeviceMappings.isEmpty ? nil : .list(blockDeviceMappings.map(\.node))),
            ("Tags", .tags(tags)),
        ])
    }
}
