/// An Amazon Timestream database (`AWS::Timestream::Database`).
public struct TimestreamDatabase: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The KMS key (`KmsKeyId`), nil for the AWS managed key.
    public var kmsKeyID: Resolved<Identifier?>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, kmsKeyID: Resolved<Identifier?>) {
        self.address = address
        self.kmsKeyID = kmsKeyID
    }
}
