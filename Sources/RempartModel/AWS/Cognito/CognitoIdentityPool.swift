/// A Cognito identity pool (`AWS::Cognito::IdentityPool`).
public struct CognitoIdentityPool: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `AllowUnauthenticatedIdentities`, required by CloudFormation.
    public var allowsUnauthenticatedIdentities: Resolved<Bool?>

    /// Creates an identity pool with nothing set, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        allowsUnauthenticatedIdentities = .defaulted(nil, at: address.origin)
    }
}
