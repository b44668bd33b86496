/// A stage of an HTTP or WebSocket API (`AWS::ApiGatewayV2::Stage`).
public struct APIGatewayV2Stage: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `ApiId`.
    public var api: Resolved<Identifier?>
    /// `StageName`.
    public var name: Resolved<String?>
    /// `AccessLogSettings.DestinationArn`.
    public var accessLogDestination: Resolved<Identifier?>

    /// Creates a stage with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        api = .defaulted(nil, at: address.origin)
        name = .defaulted(nil, at: address.origin)
        accessLogDestination = .defaulted(nil, at: address.origin)
    }
}
