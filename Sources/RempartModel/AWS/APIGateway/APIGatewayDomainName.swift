/// A custom domain name of API Gateway (`AWS::ApiGateway::DomainName` or
/// `AWS::ApiGatewayV2::DomainName`).
public struct APIGatewayDomainName: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `DomainName`.
    public var name: Resolved<String?>
    /// `SecurityPolicy` (v1) or the last `DomainNameConfigurations[].SecurityPolicy` (v2).
    /// AWS default `TLS_1_0` for REST API domain names created through the API.
    public var securityPolicy: Resolved<String>

    /// Creates a domain name with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        name = .defaulted(nil, at: address.origin)
        securityPolicy = .defaulted("TLS_1_0", at: address.origin)
    }
}
