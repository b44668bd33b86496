/// The encryption settings of an AWS Glue Data Catalog (`AWS::Glue::DataCatalogEncryptionSettings`).
public struct GlueDataCatalogEncryptionSettings: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// Whether connection passwords are encrypted (`DataCatalogEncryptionSettings.ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted`, default false).
    public var returnsConnectionPasswordEncrypted: Resolved<Bool>
    /// `SSE-KMS` or `DISABLED` (`DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode`), nil when not set.
    public var catalogEncryptionMode: Resolved<String?>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, returnsConnectionPasswordEncrypted: Resolved<Bool>,
        catalogEncryptionMode: Resolved<String?>
    ) {
        self.address = address
        self.returnsConnectionPasswordEncrypted = returnsConnectionPasswordEncrypted
        self.catalogEncryptionMode = catalogEncryptionMode
    }
}
