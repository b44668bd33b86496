/// A KMS alias (`AWS::KMS::Alias`).
public struct KMSAlias: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `AliasName`, such as `alias/app`.
    public var name: Resolved<String?>
    /// `TargetKeyId`.
    public var targetKey: Resolved<Identifier?>

    /// Creates an alias with nothing set, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        name = .defaulted(nil, at: address.origin)
        targetKey = .defaulted(nil, at: address.origin)
    }
}
