/// An AWS SAM REST API (`AWS::Serverless::Api`), after `Globals.Api` is merged in.
public struct SAMApi: AWSResource {
    /// The resource's identity.
    public var address: ResourceAddress
    /// Whether X-Ray tracing is on (`TracingEnabled`, default false).
    public var isTracingEnabled: Resolved<Bool>
    /// The TLS version of the custom domain (`Domain.SecurityPolicy`), nil when not set.
    public var domainSecurityPolicy: Resolved<String?>
    /// The destination of access logs (`AccessLogSetting.DestinationArn`), nil when not set.
    public var accessLogDestination: Resolved<Identifier?>
    /// Whether cached responses are encrypted (`MethodSettings[].CacheDataEncrypted`, default false): true when a method setting turns it on.
    public var isCacheDataEncrypted: Resolved<Bool>
    /// Whether the stage runs a cache cluster (`CacheClusterEnabled`, default false).
    public var isCacheClusterEnabled: Resolved<Bool>

    /// Creates the resource from its attributes; the cache cluster defaults to off at the resource.
    public init(
        address: ResourceAddress, isTracingEnabled: Resolved<Bool>, domainSecurityPolicy: Resolved<String?>,
        accessLogDestination: Resolved<Identifier?>, isCacheDataEncrypted: Resolved<Bool>,
        isCacheClusterEnabled: Resolved<Bool>? = nil
    ) {
        self.address = address
        self.isTracingEnabled = isTracingEnabled
        self.domainSecurityPolicy = domainSecurityPolicy
        self.accessLogDestination = accessLogDestination
        self.isCacheDataEncrypted = isCacheDataEncrypted
        self.isCacheClusterEnabled = isCacheClusterEnabled ?? .defaulted(false, at: address.origin)
    }
}
