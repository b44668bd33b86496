/// An Amazon WorkSpaces workspace (`AWS::WorkSpaces::Workspace`).
public struct WorkSpacesWorkspace: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// Whether the root volume is encrypted (`RootVolumeEncryptionEnabled`, default false).
    public var isRootVolumeEncrypted: Resolved<Bool>
    /// Whether the user volume is encrypted (`UserVolumeEncryptionEnabled`, default false).
    public var isUserVolumeEncrypted: Resolved<Bool>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, isRootVolumeEncrypted: Resolved<Bool>, isUserVolumeEncrypted: Resolved<Bool>
    ) {
        self.address = address
        self.isRootVolumeEncrypted = isRootVolumeEncrypted
        self.isUserVolumeEncrypted = isUserVolumeEncrypted
    }
}
