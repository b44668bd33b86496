/// An EC2 instance (`AWS::EC2::Instance`), with the settings of its launch template folded in.
public struct EC2Instance: AWSResource {
    public var address: ResourceAddress
    /// IMDS settings: the instance's own, else its launch template's, else the AWS defaults.
    public var metadataOptions: InstanceMetadataOptions
    /// The root volume: the first block device mapping, or an implicit unencrypted volume
    /// located at the resource when none is given.
    public var rootBlockDevice: BlockDevice
    /// The other block device mappings.
    public var ebsBlockDevices: [BlockDevice]
    /// The user data, base64-decoded when it was encoded, when set.
    public var userData: Resolved<String>?
    /// `IamInstanceProfile`, when set.
    public var iamInstanceProfile: Resolved<Identifier>?
    /// `SubnetId` (or the subnet of the first network interface), when set.
    public var subnet: Resolved<Identifier>?
    /// `SecurityGroupIds` and `SecurityGroups`.
    public var securityGroups: [Resolved<Identifier>]
    /// The launch template the instance is launched from, when it references one.
    public var launchTemplate: Resolved<Identifier>?
    /// `AssociatePublicIpAddress` of the first network interface. Nil when not set, so the
    /// subnet's `MapPublicIpOnLaunch` decides.
    public var associatesPublicIP: Resolved<Bool>?

    /// Creates an instance.
    public init(
        address: ResourceAddress, metadataOptions: InstanceMetadataOptions, rootBlockDevice: BlockDevice,
        ebsBlockDevices: [BlockDevice] = [], userData: Resolved<String>? = nil,
        iamInstanceProfile: Resolved<Identifier>? = nil, subnet: Resolved<Identifier>? = nil,
        securityGroups: [Resolved<Identifier>] = [], launchTemplate: Resolved<Identifier>? = nil,
        associatesPublicIP: Resolved<Bool>? = nil
    ) {
        self.address = address
        self.metadataOptions = metadataOptions
        self.rootBlockDevice = rootBlockDevice
        self.ebsBlockDevices = ebsBlockDevices
        self.userData = userData
        self.iamInstanceProfile = iamInstanceProfile
        self.subnet = subnet
        self.securityGroups = securityGroups
        self.launchTemplate = launchTemplate
        self.associatesPublicIP = associatesPublicIP
    }
}
