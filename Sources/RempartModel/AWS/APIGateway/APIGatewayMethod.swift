/// A method of a REST API resource (`AWS::ApiGateway::Method`).
public struct APIGatewayMethod: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `RestApiId`.
    public var restAPI: Resolved<Identifier?>
    /// `HttpMethod`, such as `GET` or `ANY`.
    public var httpMethod: Resolved<String?>
    /// `AuthorizationType`: `NONE`, `AWS_IAM`, `CUSTOM` or `COGNITO_USER_POOLS`.
    public var authorizationType: Resolved<String?>
    /// `ApiKeyRequired`; AWS default false.
    public var isAPIKeyRequired: Resolved<Bool>

    /// Creates a method with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        let origin = address.origin
        self.address = address
        restAPI = .defaulted(nil, at: origin)
        httpMethod = .defaulted(nil, at: origin)
        authorizationType = .defaulted(nil, at: origin)
        isAPIKeyRequired = .defaulted(false, at: origin)
    }
}
