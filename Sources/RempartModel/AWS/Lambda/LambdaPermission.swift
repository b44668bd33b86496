/// A resource-based permission of a Lambda function (`AWS::Lambda::Permission`).
public struct LambdaPermission: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `FunctionName`: a name, ARN or link to a function of the scan.
    public var function: Resolved<Identifier?>
    /// `Principal`: an account, ARN or service principal such as `s3.amazonaws.com`.
    public var principal: Resolved<String?>
    /// `SourceArn`.
    public var sourceARN: Resolved<Identifier?>
    /// `SourceAccount`.
    public var sourceAccount: Resolved<Identifier?>
    /// `Action`, such as `lambda:InvokeFunction`.
    public var action: Resolved<String?>

    /// Creates a permission with nothing set, located at the resource.
    public init(address: ResourceAddress) {
        let origin = address.origin
        self.address = address
        function = .defaulted(nil, at: origin)
        principal = .defaulted(nil, at: origin)
        sourceARN = .defaulted(nil, at: origin)
        sourceAccount = .defaulted(nil, at: origin)
        action = .defaulted(nil, at: origin)
    }
}
