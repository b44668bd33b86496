/// A listener of a V2 load balancer (`AWS::ElasticLoadBalancingV2::Listener`).
public struct ELBv2Listener: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `LoadBalancerArn`.
    public var loadBalancer: Resolved<Identifier?>
    /// `Protocol`: `HTTP`, `HTTPS`, `TCP`, `TLS`, `UDP`, `TCP_UDP`, `GENEVE`. CloudFormation
    /// leaves it unset for Gateway Load Balancers.
    public var listenerProtocol: Resolved<String?>
    /// `SslPolicy`; for HTTPS and TLS listeners AWS picks its current default policy when unset.
    public var sslPolicy: Resolved<String?>
    /// `DefaultActions`; unresolved when the list depends on an unknown condition.
    public var defaultActions: Resolved<[Action]>

    /// One default action.
    public struct Action: Hashable, Sendable {
        /// `Type`, such as `forward` or `redirect`.
        public var type: Resolved<String?>
        /// `RedirectConfig.Protocol`, for redirects; AWS default `#{protocol}` (unchanged).
        public var redirectProtocol: Resolved<String?>
        /// Where the action starts.
        public var origin: Origin

        /// Creates an action.
        public init(type: Resolved<String?>, redirectProtocol: Resolved<String?>, origin: Origin) {
            self.type = type
            self.redirectProtocol = redirectProtocol
            self.origin = origin
        }
    }

    /// Creates a listener with nothing set, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        loadBalancer = .defaulted(nil, at: address.origin)
        listenerProtocol = .defaulted(nil, at: address.origin)
        sslPolicy = .defaulted(nil, at: address.origin)
        defaultActions = .defaulted([], at: address.origin)
    }
}
