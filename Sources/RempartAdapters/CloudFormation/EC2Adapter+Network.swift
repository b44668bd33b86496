import RempartModel
import RempartSupport
import RempartTemplate

extension EC2Adapter {
    /// Reads VPCs, subnets, flow logs, security groups, network ACLs, gateways, routes and
    /// VPC endpoint services.
    static func networkResources(_ input: AdapterInput) -> [any AWSResource] {
        var resources: [any AWSResource] = []
        let flowLogs = flowLogs(input)
        resources += flowLogs
        resources += vpcs(input, flowLogs: flowLogs)
        resources += subnets(input, flowLogs: flowLogs)
        resources += securityGroups(input)
        resources += networkACLs(input)
        resources += internetGateways(input)
        resources += natGateways(input)
        resources += elasticIPs(input)
        resources += routeTables(input)
        resources += vpcEndpointServices(input)
        return resources
    }

    // MARK: - VPCs, subnets and flow logs

    private static func flowLogs(_ input: AdapterInput) -> [FlowLog] {
        input.resources(ofType: "AWS::EC2::FlowLog").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            return FlowLog(
                address: resource.address, resourceType: reader.string("ResourceType"),
                resource: reader.identifier("ResourceId"), trafficType: reader.string("TrafficType"),
                destinationType: reader.string("LogDestinationType", default: "cloud-watch-logs"),
                destination: reader.identifier("LogDestination") ?? reader.identifier("LogGroupName"))
        }
    }

    private static func vpcs(_ input: AdapterInput, flowLogs: [FlowLog]) -> [VPC] {
        // A flow log whose target cannot be known may capture any VPC, unless its type says
        // it captures something else.
        let undecided = flowLogs.filter { flowLog in
            guard let target = flowLog.resource, target.value == nil else { return false }
            return flowLog.resourceType?.value.map { $0.uppercased() == "VPC" } ?? true
        }
        return input.resources(ofType: "AWS::EC2::VPC").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            return VPC(
                address: resource.address, cidrBlock: reader.string("CidrBlock"),
                flowLogs: flowLogs.filter { captures($0, resource) }, undecidedFlowLogs: undecided)
        }
    }

    private static func subnets(_ input: AdapterInput, flowLogs: [FlowLog]) -> [Subnet] {
        input.resources(ofType: "AWS::EC2::Subnet").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            return Subnet(
                address: resource.address, vpc: reader.identifier("VpcId"), cidrBlock: reader.string("CidrBlock"),
                mapsPublicIPOnLaunch: reader.bool("MapPublicIpOnLaunch", default: false),
                flowLogs: flowLogs.filter { captures($0, resource) },
                availabilityZone: reader.string("AvailabilityZone"))
        }
    }

    private static func captures(_ flowLog: FlowLog, _ resource: ResolvedResource) -> Bool {
        guard let target = flowLog.resource?.value else { return false }
        return resource.isNamed(by: target)
    }

    // MARK: - Security groups

    private static func securityGroups(_ input: AdapterInput) -> [any AWSResource] {
        let groups = input.resources(ofType: "AWS::EC2::SecurityGroup")
        var standalone: [(group: Resolved<Identifier>?, groupName: Resolved<String>?, rule: SecurityGroupRule)] = []
        for (type, direction) in [
            ("AWS::EC2::SecurityGroupIngress", SecurityGroupRule.Direction.ingress),
            ("AWS::EC2::SecurityGroupEgress", .egress),
        ] {
            for (template, resource) in input.resources(ofType: type) {
                let reader = PropertyReader(resource, file: template.file)
                var rule = securityGroupRule(reader, direction: direction, declaredBy: resource.address)
                rule.origin = resource.address.origin
                standalone.append((reader.identifier("GroupId"), reader.string("GroupName"), rule))
            }
        }

        var resources: [any AWSResource] = []
        var folded = Set<Int>()
        for (template, resource) in groups {
            let reader = PropertyReader(resource, file: template.file)
            let groupName = reader.string("GroupName")?.value
            var ingress = inlineRules(reader, key: "SecurityGroupIngress", direction: .ingress, resource)
            var egress = inlineRules(reader, key: "SecurityGroupEgress", direction: .egress, resource)
            for (index, entry) in standalone.enumerated() {
                let byID = entry.group?.value.map { resource.isNamed(by: $0) } ?? false
                let byName = groupName != nil && entry.groupName?.value == groupName
                guard byID || byName else { continue }
                folded.insert(index)
                if entry.rule.direction == .ingress { ingress.append(entry.rule) } else { egress.append(entry.rule) }
            }
            resources.append(
                SecurityGroup(
                    address: resource.address, description: reader.string("GroupDescription"),
                    groupName: reader.string("GroupName"), vpc: reader.identifier("VpcId"), ingressRules: ingress,
                    egressRules: egress))
        }
        for (index, entry) in standalone.enumerated() where !folded.contains(index) {
            resources.append(
                DetachedSecurityGroupRule(
                    address: entry.rule.declaringResource, group: entry.group, rule: entry.rule))
        }
        return resources
    }

    private static func inlineRules(
        _ reader: PropertyReader, key: String, direction: SecurityGroupRule.Direction, _ resource: ResolvedResource
    ) -> [SecurityGroupRule] {
        let list = reader.elements(key)
        switch list.state {
        case .known(let elements):
            return elements.map { securityGroupRule($0.defaultingHere(), direction: direction, declaredBy: resource.address) }
        case .unknown(let reason):
            // The whole list is unknown, so one placeholder rule carries the reason and rules report unknown.
            return [
                SecurityGroupRule(
                    declaringResource: resource.address, origin: list.origin, direction: direction,
                    ipProtocol: .unresolved(reason, at: list.origin), unknownReason: reason)
            ]
        }
    }

    private static func securityGroupRule(
        _ reader: PropertyReader, direction: SecurityGroupRule.Direction, declaredBy address: ResourceAddress
    ) -> SecurityGroupRule {
        if let reason = reader.unknownReason {
            return SecurityGroupRule(
                declaringResource: address, origin: reader.origin, direction: direction,
                ipProtocol: .unresolved(reason, at: reader.origin), unknownReason: reason)
        }
        let ipProtocol =
            reader.string("IpProtocol")?.map(IPProtocol.init)
            ?? .unresolved("IpProtocol is missing", at: reader.origin)
        let peer =
            direction == .ingress
            ? reader.identifier("SourceSecurityGroupId") ?? reader.identifier("SourceSecurityGroupName")
            : reader.identifier("DestinationSecurityGroupId")
        let prefixList =
            direction == .ingress ? reader.identifier("SourcePrefixListId") : reader.identifier("DestinationPrefixListId")
        return SecurityGroupRule(
            declaringResource: address, origin: reader.origin, direction: direction, ipProtocol: ipProtocol,
            fromPort: reader.int("FromPort"), toPort: reader.int("ToPort"), ipv4Range: reader.string("CidrIp"),
            ipv6Range: reader.string("CidrIpv6"), peerGroup: peer, prefixList: prefixList,
            description: reader.string("Description"))
    }

    // MARK: - Network ACLs

    private static func networkACLs(_ input: AdapterInput) -> [NetworkACL] {
        let entries = input.resources(ofType: "AWS::EC2::NetworkAclEntry").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            let entry = NetworkACLEntry(
                address: resource.address, isEgress: reader.bool("Egress", default: false),
                action: reader.string("RuleAction") ?? .unresolved("RuleAction is missing", at: resource.address.origin),
                ipProtocol: reader.string("Protocol")?.map(IPProtocol.init)
                    ?? .unresolved("Protocol is missing", at: resource.address.origin),
                fromPort: reader.int("PortRange", "From"), toPort: reader.int("PortRange", "To"),
                ipv4Range: reader.string("CidrBlock"), ipv6Range: reader.string("Ipv6CidrBlock"),
                ruleNumber: reader.int("RuleNumber"))
            return (acl: reader.identifier("NetworkAclId"), entry: entry)
        }
        // NOTE: entries whose NetworkAclId is not an ACL of the scan (a literal acl-… ID) are
        // not checked, because the model keeps entries only inside their ACL.
        return input.resources(ofType: "AWS::EC2::NetworkAcl").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            let own = entries.filter { $0.acl?.value.map { resource.isNamed(by: $0) } ?? false }.map(\.entry)
            return NetworkACL(address: resource.address, vpc: reader.identifier("VpcId"), entries: own)
        }
    }

    // MARK: - Gateways and routes

    private static func internetGateways(_ input: AdapterInput) -> [InternetGateway] {
        let attachments = input.resources(ofType: "AWS::EC2::VPCGatewayAttachment").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            return (gateway: reader.identifier("InternetGatewayId"), vpc: reader.identifier("VpcId"))
        }
        return input.resources(ofType: "AWS::EC2::InternetGateway").map { _, resource in
            let vpcs = attachments.filter { $0.gateway?.value.map { resource.isNamed(by: $0) } ?? false }
                .compactMap(\.vpc)
            return InternetGateway(address: resource.address, attachedVPCs: vpcs)
        }
    }

    private static func natGateways(_ input: AdapterInput) -> [NATGateway] {
        input.resources(ofType: "AWS::EC2::NatGateway").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            return NATGateway(
                address: resource.address, subnet: reader.identifier("SubnetId"),
                allocation: reader.identifier("AllocationId"),
                connectivityType: reader.string("ConnectivityType", default: "public"))
        }
    }

    private static func vpcEndpointServices(_ input: AdapterInput) -> [VPCEndpointService] {
        input.resources(ofType: "AWS::EC2::VPCEndpointService").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            return VPCEndpointService(
                address: resource.address, acceptanceRequired: reader.bool("AcceptanceRequired", default: false))
        }
    }

    private static func elasticIPs(_ input: AdapterInput) -> [ElasticIP] {
        input.resources(ofType: "AWS::EC2::EIP").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            return ElasticIP(
                address: resource.address, domain: reader.string("Domain"), instance: reader.identifier("InstanceId"))
        }
    }

    private static func routeTables(_ input: AdapterInput) -> [RouteTable] {
        let targetKeys = [
            "GatewayId", "NatGatewayId", "InstanceId", "TransitGatewayId", "VpcPeeringConnectionId",
            "NetworkInterfaceId", "EgressOnlyInternetGatewayId", "VpcEndpointId",
        ]
        let routes = input.resources(ofType: "AWS::EC2::Route").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            let targetKey = targetKeys.first { reader.has($0) }
            let route = Route(
                address: resource.address,
                destination: reader.string("DestinationCidrBlock") ?? reader.string("DestinationIpv6CidrBlock"),
                target: targetKey.flatMap { reader.identifier($0) }, targetKind: targetKey)
            return (table: reader.identifier("RouteTableId"), route: route)
        }
        let associations = input.resources(ofType: "AWS::EC2::SubnetRouteTableAssociation").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            return (table: reader.identifier("RouteTableId"), subnet: reader.identifier("SubnetId"))
        }
        return input.resources(ofType: "AWS::EC2::RouteTable").map { template, resource in
            let reader = PropertyReader(resource, file: template.file)
            let own = routes.filter { $0.table?.value.map { resource.isNamed(by: $0) } ?? false }.map(\.route)
            let subnets = associations.filter { $0.table?.value.map { resource.isNamed(by: $0) } ?? false }
                .compactMap(\.subnet)
            return RouteTable(address: resource.address, vpc: reader.identifier("VpcId"), routes: own, subnets: subnets)
        }
    }
}
