/// An EBS volume (`AWS::EC2::Volume`).
public struct EBSVolume: AWSResource {
    public var address: ResourceAddress
    /// `Encrypted`, false by default (unless the account enables EBS encryption by default).
    public var encrypted: Resolved<Bool>
    /// `KmsKeyId`, when set.
    public var kmsKeyID: Resolved<Identifier>?

    /// Creates a volume.
    public init(address: ResourceAddress, encrypted: Resolved<Bool>, kmsKeyID: Resolved<Identifier>?) {
        self.address = address
        self.encrypted = encrypted
        self.kmsKeyID = kmsKeyID
    }
}
