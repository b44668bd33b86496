/// An AWS Backup vault (`AWS::Backup::BackupVault`).
public struct BackupVault: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `EncryptionKeyArn`; without it, the AWS managed key `aws/backup`.
    public var encryptionKey: Resolved<Identifier?>

    /// Creates a vault with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        encryptionKey = .defaulted(nil, at: address.origin)
    }
}
