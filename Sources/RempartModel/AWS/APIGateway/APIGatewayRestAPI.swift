/// An API Gateway REST API (`AWS::ApiGateway::RestApi`).
public struct APIGatewayRestAPI: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `Name`.
    public var name: Resolved<String?>

    /// Creates a REST API, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        name = .defaulted(nil, at: address.origin)
    }
}
