import RempartTemplate

/// An EBS volume attached to an instance at launch.
public struct BlockDeviceMapping: Sendable {
    /// The device name, such as `/dev/xvda` for the Amazon Linux root volume.
    public var deviceName: String
    /// The size in GiB.
    public var volumeSize: Int
    /// `gp3`, `gp2`, `io1`, ….
    public var volumeType: String
    /// Whether the volume is encrypted; nil leaves the account's default (unencrypted unless
    /// EBS encryption by default is on), which trivy's AVD-AWS-0131 reports.
    public var encrypted: Bool?
    /// The KMS key that encrypts the volume; nil uses the AWS managed key `aws/ebs`.
    public var kmsKeyID: Token?
    public var deleteOnTermination: Bool?

    /// Creates a mapping.
    public init(
        deviceName: String, volumeSize: Int, volumeType: String = "gp3", encrypted: Bool? = nil, kmsKeyID: Token? = nil,
        deleteOnTermination: Bool? = true
    ) {
        self.deviceName = deviceName
        self.volumeSize = volumeSize
        self.volumeType = volumeType
        self.encrypted = encrypted
        self.kmsKeyID = kmsKeyID
        self.deleteOnTermination = deleteOnTermination
    }

    var node: Node {
        .map([
            ("DeviceName", .string(deviceName)),
            (
                "Ebs",
                .map([
                    ("VolumeSize", .number(volumeSize)),
                    ("VolumeType", .string(volumeType)),
                    ("Encrypted", encrypted.node),
                    ("KmsKeyId", kmsKeyID.node),
                    ("DeleteOnTermination", deleteOnTermination.node),
                ])
            ),
        ])
    }
}
