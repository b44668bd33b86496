/// An RDS DB parameter group (`AWS::RDS::DBParameterGroup`).
public struct RDSDBParameterGroup: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `Family`, such as `postgres16`.
    public var family: Resolved<String?>
    /// `Parameters`, by parameter name.
    public var parameters: [String: Resolved<String>]

    /// Creates a parameter group with nothing set, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        family = .defaulted(nil, at: address.origin)
        parameters = [:]
    }
}
