/// A Classic Load Balancer (`AWS::ElasticLoadBalancing::LoadBalancer`).
public struct ClassicLoadBalancer: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `AccessLoggingPolicy.Enabled`; AWS default false.
    public var isAccessLoggingEnabled: Resolved<Bool>
    /// `Scheme`: `internet-facing` (the AWS default) or `internal`.
    public var scheme: Resolved<String>

    /// Creates a load balancer with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        isAccessLoggingEnabled = .defaulted(false, at: address.origin)
        scheme = .defaulted("internet-facing", at: address.origin)
    }
}
