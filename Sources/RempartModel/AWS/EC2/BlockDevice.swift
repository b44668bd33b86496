/// One entry of `BlockDeviceMappings` of an instance, launch template or launch configuration.
public struct BlockDevice: Sendable {
    /// The device name, such as `/dev/xvda`, when known.
    public var deviceName: String?
    /// The mapping entry in the template, or the instance for the implicit root volume.
    public var origin: Origin
    /// Whether the entry describes an EBS volume (`Ebs`), rather than an instance store
    /// volume (`VirtualName`) or a suppressed device (`NoDevice`).
    public var isEBS: Bool
    /// `Ebs.Encrypted`, false by default (unless the account enables EBS encryption by default).
    public var encrypted: Resolved<Bool>
    /// `Ebs.KmsKeyId`, when set.
    public var kmsKeyID: Resolved<Identifier>?

    /// Creates a block device.
    public init(
        deviceName: String?, origin: Origin, isEBS: Bool, encrypted: Resolved<Bool>, kmsKeyID: Resolved<Identifier>?
    ) {
        self.deviceName = deviceName
        self.origin = origin
        self.isEBS = isEBS
        self.encrypted = encrypted
        self.kmsKeyID = kmsKeyID
    }
}
