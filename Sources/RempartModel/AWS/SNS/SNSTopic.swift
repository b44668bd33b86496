/// An SNS topic (`AWS::SNS::Topic`).
public struct SNSTopic: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `KmsMasterKeyId`; without it, messages are not encrypted at rest with KMS.
    public var kmsMasterKeyID: Resolved<Identifier?>

    /// Creates a topic with nothing set, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        kmsMasterKeyID = .defaulted(nil, at: address.origin)
    }
}
