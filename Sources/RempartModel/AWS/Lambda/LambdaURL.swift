/// A function URL (`AWS::Lambda::Url`).
public struct LambdaURL: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `AuthType`: `AWS_IAM` or `NONE`; required by CloudFormation.
    public var authType: Resolved<String?>

    /// Creates a function URL with nothing set, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        authType = .defaulted(nil, at: address.origin)
    }
}
