/// An Auto Scaling launch configuration (`AWS::AutoScaling::LaunchConfiguration`).
///
/// trivy files its checks under EC2, so it lives with the EC2 model.
public struct LaunchConfiguration: AWSResource {
    public var address: ResourceAddress
    /// `LaunchConfigurationName`, when set.
    public var name: Resolved<String>?
    /// `AssociatePublicIpAddress`, when set.
    public var associatesPublicIP: Resolved<Bool>?
    /// IMDS settings, the AWS defaults when `MetadataOptions` is absent.
    public var metadataOptions: InstanceMetadataOptions
    /// The first block device mapping, when any.
    public var rootBlockDevice: BlockDevice?
    /// The other block device mappings.
    public var ebsBlockDevices: [BlockDevice]
    /// The user data, base64-decoded when it was encoded, when set.
    public var userData: Resolved<String>?

    /// Creates a launch configuration.
    public init(
        address: ResourceAddress, name: Resolved<String>?, associatesPublicIP: Resolved<Bool>?,
        metadataOptions: InstanceMetadataOptions, rootBlockDevice: BlockDevice?, ebsBlockDevices: [BlockDevice],
        userData: Resolved<String>?
    ) {
        self.address = address
        self.name = name
        self.associatesPublicIP = associatesPublicIP
        self.metadataOptions = metadataOptions
        self.rootBlockDevice = rootBlockDevice
        self.ebsBlockDevices = ebsBlockDevices
        self.userData = userData
    }
}
