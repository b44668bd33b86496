import RempartModel
import RempartTemplate

/// Reads Classic Load Balancers, V2 load balancers and their listeners.
enum ELBAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        var resources: [any AWSResource] = []
        for (template, resource) in input.resources(ofType: "AWS::ElasticLoadBalancing::LoadBalancer") {
            let reader = PropertyReader(resource, file: template.file)
            var balancer = ClassicLoadBalancer(address: address(of: resource, in: template))
            balancer.isAccessLoggingEnabled = reader.bool("AccessLoggingPolicy", "Enabled", default: false)
            balancer.scheme = reader.string("Scheme", default: "internet-facing")
            resources.append(balancer)
        }
        for (template, resource) in input.resources(ofType: "AWS::ElasticLoadBalancingV2::LoadBalancer") {
            let reader = PropertyReader(resource, file: template.file)
            var balancer = ELBv2LoadBalancer(address: address(of: resource, in: template))
            balancer.type = reader.string("Type", default: "application")
            balancer.scheme = reader.string("Scheme", default: "internet-facing")
            if case .known(let attributes) = reader.elements("LoadBalancerAttributes").state {
                for attribute in attributes {
                    guard let key = attribute.string("Key")?.value else { continue }
                    balancer.attributes[key] =
                        attribute.string("Value") ?? .unresolved("'\(key)' has no value", at: attribute.origin)
                }
            }
            resources.append(balancer)
        }
        for (template, resource) in input.resources(ofType: "AWS::ElasticLoadBalancingV2::Listener") {
            let reader = PropertyReader(resource, file: template.file)
            var listener = ELBv2Listener(address: address(of: resource, in: template))
            listener.loadBalancer = reader.optionalIdentifier("LoadBalancerArn")
            listener.listenerProtocol = reader.optionalString("Protocol")
            listener.sslPolicy = reader.optionalString("SslPolicy")
            listener.defaultActions = reader.elements("DefaultActions").map { actions in
                actions.map { action in
                    ELBv2Listener.Action(
                        type: action.optionalString("Type"),
                        redirectProtocol: action.optionalString("RedirectConfig", "Protocol"), origin: action.origin)
                }
            }
            resources.append(listener)
        }
        return resources
    }
}
