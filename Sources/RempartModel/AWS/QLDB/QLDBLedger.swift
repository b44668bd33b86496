/// An Amazon QLDB ledger (`AWS::QLDB::Ledger`).
public struct QLDBLedger: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// `ALLOW_ALL` or `STANDARD` (`PermissionsMode`), nil when not set.
    public var permissionsMode: Resolved<String?>
    /// Whether the ledger cannot be deleted (`DeletionProtection`, default true).
    public var isDeletionProtected: Resolved<Bool>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, permissionsMode: Resolved<String?>, isDeletionProtected: Resolved<Bool>
    ) {
        self.address = address
        self.permissionsMode = permissionsMode
        self.isDeletionProtected = isDeletionProtected
    }
}
