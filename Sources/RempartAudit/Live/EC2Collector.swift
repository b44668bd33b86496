import RempartAWS
import RempartModel

/// Reads VPCs, subnets, security groups, flow logs, instances, launch templates, internet
/// gateways, NAT gateways, Elastic IPs and route tables.
///
/// The describe calls run concurrently; each is paginated by the EC2 client. Flow logs are
/// folded onto the VPC or subnet they capture, and each instance's block devices get their
/// encryption from `DescribeVolumes`. NAT gateways that are deleted, being deleted or failed
/// are left out, as terminated instances are.
enum EC2Collector: LiveCollector {
    static func collect(_ reader: LiveReader) async -> CollectedResources {
        let ec2 = EC2(client: reader.client)
        async let vpcs = reader.read("ec2", "DescribeVpcs") { try await ec2.describeVPCs() }
        async let subnets = reader.read("ec2", "DescribeSubnets") { try await ec2.describeSubnets() }
        async let groups = reader.read("ec2", "DescribeSecurityGroups") { try await ec2.describeSecurityGroups() }
        async let flowLogs = reader.read("ec2", "DescribeFlowLogs") { try await ec2.describeFlowLogs() }
        async let instances = reader.read("ec2", "DescribeInstances") { try await ec2.describeInstances() }
        async let volumes = reader.read("ec2", "DescribeVolumes") { try await ec2.describeVolumes() }
        async let templates = LaunchTemplateReader.read(reader, ec2: ec2)
        async let routing = routingResources(reader, ec2: ec2)

        var collected = CollectedResources()
        let describedFlowLogs = await flowLogs ?? []
        let liveFlowLogs = describedFlowLogs.map { flowLog(reader, $0) }
        collected.resources += liveFlowLogs
        for flowLog in describedFlowLogs { collected.tags[flowLog.id] = flowLog.tags }
        for vpc in await vpcs ?? [] {
            collected.resources.append(self.vpc(reader, vpc, flowLogs: liveFlowLogs))
            collected.tags[vpc.id] = vpc.tags
            if vpc.isDefault { collected.defaultVPCIDs.insert(vpc.id) }
        }
        for subnet in await subnets ?? [] {
            collected.resources.append(self.subnet(reader, subnet, flowLogs: liveFlowLogs))
            collected.tags[subnet.id] = subnet.tags
        }
        for group in await groups ?? [] {
            collected.resources.append(SecurityGroupMapper.securityGroup(reader, group))
            collected.tags[group.id] = group.tags
        }
        let volumesByID = await volumes.map { Dictionary($0.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) }
        for instance in await instances ?? [] where instance.state != "terminated" {
            collected.resources.append(InstanceMapper.instance(reader, instance, volumes: volumesByID))
            collected.tags[instance.id] = instance.tags
        }
        collected.merge(await templates)
        collected.merge(await routing)
        return collected
    }

    // MARK: - Gateways and routes

    /// Reads internet gateways, NAT gateways, Elastic IPs and route tables concurrently.
    private static func routingResources(_ reader: LiveReader, ec2: EC2) async -> CollectedResources {
        async let gateways = reader.read("ec2", "DescribeInternetGateways") { try await ec2.describeInternetGateways() }
        async let natGateways = reader.read("ec2", "DescribeNatGateways") { try await ec2.describeNATGateways() }
        async let addresses = reader.read("ec2", "DescribeAddresses") { try await ec2.describeAddresses() }
        async let tables = reader.read("ec2", "DescribeRouteTables") { try await ec2.describeRouteTables() }

        var collected = CollectedResources()
        for gateway in await gateways ?? [] {
            collected.resources.append(RoutingMapper.internetGateway(reader, gateway))
            collected.tags[gateway.id] = gateway.tags
        }
        for gateway in await natGateways ?? [] where RoutingMapper.servingNATStates.contains(gateway.state) {
            collected.resources.append(RoutingMapper.natGateway(reader, gateway))
            collected.tags[gateway.id] = gateway.tags
        }
        for address in await addresses ?? [] {
            collected.resources.append(RoutingMapper.elasticIP(reader, address))
            collected.tags[address.allocationID] = address.tags
        }
        for table in await tables ?? [] {
            collected.resources.append(RoutingMapper.routeTable(reader, table))
            collected.tags[table.id] = table.tags
        }
        return collected
    }

    // MARK: - Network

    private static func vpc(_ reader: LiveReader, _ vpc: EC2.VPC, flowLogs: [FlowLog]) -> VPC {
        let address = reader.address("AWS::EC2::VPC", vpc.id)
        return VPC(
            address: address, cidrBlock: .explicit(vpc.cidrBlock, at: address.origin),
            flowLogs: flowLogs.filter { $0.resource?.value?.literal == vpc.id })
    }

    private static func subnet(_ reader: LiveReader, _ subnet: EC2.Subnet, flowLogs: [FlowLog]) -> Subnet {
        let address = reader.address("AWS::EC2::Subnet", subnet.id)
        let origin = address.origin
        return Subnet(
            address: address, vpc: .explicit(.literal(subnet.vpcID), at: origin),
            cidrBlock: .explicit(subnet.cidrBlock, at: origin),
            mapsPublicIPOnLaunch: .explicit(subnet.mapsPublicIPOnLaunch, at: origin),
            flowLogs: flowLogs.filter { $0.resource?.value?.literal == subnet.id },
            availabilityZone: .explicit(subnet.availabilityZone, at: origin))
    }

    private static func flowLog(_ reader: LiveReader, _ flowLog: EC2.FlowLog) -> FlowLog {
        let address = reader.address("AWS::EC2::FlowLog", flowLog.id)
        let origin = address.origin
        return FlowLog(
            address: address, resourceType: .explicit(resourceType(of: flowLog.resourceID), at: origin),
            resource: .explicit(.literal(flowLog.resourceID), at: origin),
            trafficType: .explicit(flowLog.trafficType, at: origin),
            destinationType: .explicit(flowLog.destinationType, at: origin),
            destination: flowLog.destination.map { .explicit(.literal($0), at: origin) },
            status: .explicit(flowLog.status, at: origin))
    }

    /// Returns the flow log `ResourceType` of a captured resource, from its ID's prefix.
    static func resourceType(of resourceID: String) -> String {
        if resourceID.hasPrefix("vpc-") { return "VPC" }
        if resourceID.hasPrefix("subnet-") { return "Subnet" }
        if resourceID.hasPrefix("eni-") { return "NetworkInterface" }
        return "Unknown"
    }
}
