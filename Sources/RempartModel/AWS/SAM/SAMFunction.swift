/// An AWS SAM function (`AWS::Serverless::Function`), after `Globals.Function` is merged in.
public struct SAMFunction: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The X-Ray tracing mode (`Tracing`: `Active` or `PassThrough`), nil when not set.
    public var tracing: Resolved<String?>
    /// The policy documents written in `Policies`; managed policy names and SAM policy templates are left out.
    public var inlinePolicies: Resolved<[PolicyDocument]>

    /// Creates the resource from its attributes.
    public init(
        address: ResourceAddress, tracing: Resolved<String?>, inlinePolicies: Resolved<[PolicyDocument]>
    ) {
        self.address = address
        self.tracing = tracing
        self.inlinePolicies = inlinePolicies
    }
}
