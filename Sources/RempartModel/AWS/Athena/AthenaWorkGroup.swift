/// An Amazon Athena workgroup (`AWS::Athena::WorkGroup`).
public struct AthenaWorkGroup: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The query result encryption (`SSE_S3`, `SSE_KMS`, `CSE_KMS`), nil when not set.
    public var encryptionOption: Resolved<String?>
    /// Whether the workgroup settings override client-side settings.
    public var enforcesWorkGroupConfiguration: Resolved<Bool>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, encryptionOption: Resolved<String?>,
        enforcesWorkGroupConfiguration: Resolved<Bool>
    ) {
        self.address = address
        self.encryptionOption = encryptionOption
        self.enforcesWorkGroupConfiguration = enforcesWorkGroupConfiguration
    }
}
