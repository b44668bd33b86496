/// An Amazon Kinesis data stream (`AWS::Kinesis::Stream`).
public struct KinesisStream: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// `KMS` or `NONE` (`StreamEncryption.EncryptionType`, read as `KMS` when `StreamEncryption` is set without it), nil without `StreamEncryption`.
    public var encryptionType: Resolved<String?>
    /// The KMS key (`StreamEncryption.KeyId`), nil when not set.
    public var kmsKeyID: Resolved<Identifier?>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, encryptionType: Resolved<String?>, kmsKeyID: Resolved<Identifier?>
    ) {
        self.address = address
        self.encryptionType = encryptionType
        self.kmsKeyID = kmsKeyID
    }
}
