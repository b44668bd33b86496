/// An Application, Network or Gateway Load Balancer
/// (`AWS::ElasticLoadBalancingV2::LoadBalancer`).
public struct ELBv2LoadBalancer: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `Type`: `application` (the AWS default), `network` or `gateway`.
    public var type: Resolved<String>
    /// `Scheme`: `internet-facing` (the AWS default) or `internal`.
    public var scheme: Resolved<String>
    /// `LoadBalancerAttributes`, by key, such as `access_logs.s3.enabled`.
    public var attributes: [String: Resolved<String>]

    /// Creates a load balancer with the AWS defaults, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        type = .defaulted("application", at: address.origin)
        scheme = .defaulted("internet-facing", at: address.origin)
        attributes = [:]
    }

    /// Returns the attribute `key` as a boolean, or `defaultValue` at the resource when unset.
    public func boolAttribute(_ key: String, default defaultValue: Bool) -> Resolved<Bool> {
        guard let attribute = attributes[key] else { return .defaulted(defaultValue, at: address.origin) }
        switch attribute.state {
        case .unknown(let reason): return .unresolved(reason, at: attribute.origin)
        case .known(let text):
            switch text.lowercased() {
            case "true": return .explicit(true, at: attribute.origin)
            case "false": return .explicit(false, at: attribute.origin)
            default: return .unresolved("'\(key)' is not a boolean: \(text)", at: attribute.origin)
            }
        }
    }
}
