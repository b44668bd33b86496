/// An AWS SAM simple table (`AWS::Serverless::SimpleTable`), after `Globals.SimpleTable` is merged in.
public struct SAMSimpleTable: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// Whether the table is encrypted with a KMS key (`SSESpecification.SSEEnabled`, default false).
    public var isServerSideEncryptionEnabled: Resolved<Bool>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, isServerSideEncryptionEnabled: Resolved<Bool>) {
        self.address = address
        self.isServerSideEncryptionEnabled = isServerSideEncryptionEnabled
    }
}
