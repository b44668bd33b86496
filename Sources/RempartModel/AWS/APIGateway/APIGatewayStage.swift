/// A stage of a REST API (`AWS::ApiGateway::Stage`).
public struct APIGatewayStage: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `RestApiId`.
    public var restAPI: Resolved<Identifier?>
    /// `StageName`.
    public var name: Resolved<String?>
    /// `AccessLogSetting.DestinationArn`: the log group or Firehose stream of access logs.
    public var accessLogDestination: Resolved<Identifier?>
    /// `TracingEnabled`; AWS default false.
    public var isTracingEnabled: Resolved<Bool>
    /// `CacheClusterEnabled`; AWS default false.
    public var isCacheClusterEnabled: Resolved<Bool>
    /// `MethodSettings`.
    public var methodSettings: [MethodSetting]

    /// One entry of `MethodSettings`.
    public struct MethodSetting: Hashable, Sendable {
        /// `HttpMethod`, `*` for all.
        public var httpMethod: Resolved<String?>
        /// `CachingEnabled`; AWS default false.
        public var isCachingEnabled: Resolved<Bool>
        /// `CacheDataEncrypted`; AWS default false.
        public var isCacheDataEncrypted: Resolved<Bool>
        /// Where the entry starts.
        public var origin: Origin

        /// Creates a method setting.
        public init(
            httpMethod: Resolved<String?>, isCachingEnabled: Resolved<Bool>, isCacheDataEncrypted: Resolved<Bool>,
            origin: Origin
        ) {
            self.httpMethod = httpMethod
            self.isCachingEnabled = isCachingEnabled
            self.isCacheDataEncrypted = isCacheDataEncrypted
            self.origin = origin
        }
    }

    /// Creates a stage with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        let origin = address.origin
        self.address = address
        restAPI = .defaulted(nil, at: origin)
        name = .defaulted(nil, at: origin)
        accessLogDestination = .defaulted(nil, at: origin)
        isTracingEnabled = .defaulted(false, at: origin)
        isCacheClusterEnabled = .defaulted(false, at: origin)
        methodSettings = []
    }
}
