/// An EC2 launch template (`AWS::EC2::LaunchTemplate`), read from its `LaunchTemplateData`.
public struct EC2LaunchTemplate: AWSResource {
    public var address: ResourceAddress
    /// `LaunchTemplateName`, when set.
    public var name: Resolved<String>?
    /// IMDS settings, the AWS defaults when `MetadataOptions` is absent.
    public var metadataOptions: InstanceMetadataOptions
    /// Whether `MetadataOptions` is written in the template data.
    public var setsMetadataOptions: Bool
    /// The first block device mapping, when any.
    public var rootBlockDevice: BlockDevice?
    /// The other block device mappings.
    public var ebsBlockDevices: [BlockDevice]
    /// The user data, base64-decoded when it was encoded, when set.
    public var userData: Resolved<String>?
    /// `IamInstanceProfile` (its `Arn` or `Name`), when set.
    public var iamInstanceProfile: Resolved<Identifier>?
    /// `SecurityGroupIds` and `SecurityGroups`.
    public var securityGroups: [Resolved<Identifier>]
    /// `AssociatePublicIpAddress` of the first network interface, when set.
    public var associatesPublicIP: Resolved<Bool>?

    /// Creates a launch template.
    public init(
        address: ResourceAddress, name: Resolved<String>?, metadataOptions: InstanceMetadataOptions,
        setsMetadataOptions: Bool, rootBlockDevice: BlockDevice?, ebsBlockDevices: [BlockDevice],
        userData: Resolved<String>?, iamInstanceProfile: Resolved<Identifier>?, securityGroups: [Resolved<Identifier>],
        associatesPublicIP: Resolved<Bool>?
    ) {
        self.address = address
        self.name = name
        self.metadataOptions = metadataOptions
        self.setsMetadataOptions = setsMetadataOptions
        self.rootBlockDevice = rootBlockDevice
        self.ebsBlockDevices = ebsBlockDevices
        self.userData = userData
        self.iamInstanceProfile = iamInstanceProfile
        self.securityGroups = securityGroups
        self.associatesPublicIP = associatesPublicIP
    }
}
