extension EC2Instance {
    /// Returns whether the instance gets a public IPv4 address, from what `state` contains.
    ///
    /// An Elastic IP of the state associated with the instance gives one. Otherwise the
    /// instance's own `AssociatePublicIpAddress` decides, then its subnet's
    /// `MapPublicIpOnLaunch`. An instance without a subnet lands in a default subnet of the
    /// default VPC, which maps public IPs. A subnet outside the state is unresolved.
    public func receivesPublicIP(in state: AWSState) -> Resolved<Bool> {
        let addressOrigin = address.origin
        let elasticIP = state.all(ElasticIP.self).first { elasticIP in
            guard case .resource(let link)? = elasticIP.instance?.value else { return false }
            return link.file == address.file && link.logicalID == address.name
        }
        if let elasticIP { return .explicit(true, at: elasticIP.address.origin) }
        if let associatesPublicIP { return associatesPublicIP }

        guard let subnet else { return .defaulted(true, at: addressOrigin) }
        switch subnet.value {
        case .resource(let link)?:
            let match = state.all(Subnet.self).first { $0.address.file == link.file && $0.address.name == link.logicalID }
            guard let match else { return .unresolved("subnet \(link) is not in the scanned templates", at: subnet.origin) }
            return match.mapsPublicIPOnLaunch
        case .literal(let id)?:
            return .unresolved("subnet \(id) is not in the scanned templates", at: subnet.origin)
        case nil:
            if case .unknown(let reason) = subnet.state { return .unresolved(reason, at: subnet.origin) }
            return .unresolved("the subnet cannot be known", at: subnet.origin)
        }
    }
}
