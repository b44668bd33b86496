/// An HTTP or WebSocket API (`AWS::ApiGatewayV2::Api`).
public struct APIGatewayV2API: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `Name`.
    public var name: Resolved<String?>
    /// `ProtocolType`: `HTTP` or `WEBSOCKET`.
    public var protocolType: Resolved<String?>

    /// Creates an API, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        name = .defaulted(nil, at: address.origin)
        protocolType = .defaulted(nil, at: address.origin)
    }
}
