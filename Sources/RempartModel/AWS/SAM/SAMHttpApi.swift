/// An AWS SAM HTTP API (`AWS::Serverless::HttpApi`), after `Globals.HttpApi` is merged in.
public struct SAMHttpApi: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// The destination of access logs (`AccessLogSettings.DestinationArn`), nil when not set.
    public var accessLogDestination: Resolved<Identifier?>

    /// Creates the resource from its attributes.
    public init(address: ResourceAddress, accessLogDestination: Resolved<Identifier?>) {
        self.address = address
        self.accessLogDestination = accessLogDestination
    }
}
