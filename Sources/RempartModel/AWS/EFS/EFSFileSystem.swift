/// An Amazon EFS file system (`AWS::EFS::FileSystem`).
public struct EFSFileSystem: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// Whether the file system is encrypted at rest (`Encrypted`, default false).
    public var isEncrypted: Resolved<Bool>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, isEncrypted: Resolved<Bool>) {
        self.address = address
        self.isEncrypted = isEncrypted
    }
}
