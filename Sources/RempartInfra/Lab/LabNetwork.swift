/// The lab's network: a VPC with a public and a private subnet in two Availability Zones, an
/// internet gateway, a NAT gateway per zone, route tables and the lab hosts' security group.
/// The hardened profile adds flow logs of rejected traffic, delivered to the storage stack's lab
/// bucket (encrypted, versioned and logged) through its `<EnvironmentName>-BUCKET-ARN` export.
struct LabNetwork: Sendable {
    let vpc: VPC
    let internetGateway: InternetGateway
    let attachment: VPCGatewayAttachment
    let publicSubnets: [Subnet]
    let privateSubnets: [Subnet]
    let securityGroup: SecurityGroup
    let flowLog: FlowLog?
    /// Every resource, in the order of the lab's vpc.yaml.
    let resources: [any Construct]

    init(_ context: LabContext) {
        let isHardened = context.profile == .hardened
        vpc = VPC(
            "VPC", cidrBlock: context.parameter("VpcCIDR", context.parameters.vpcCIDR), enableDNSSupport: true,
            enableDNSHostnames: true, tags: [.name("polystudent-vpc")])
        internetGateway = InternetGateway("InternetGateway", tags: [.name(context.named("igw"))])
        attachment = VPCGatewayAttachment(
            "InternetGatewayAttachment", internetGatewayID: internetGateway.ref, vpcID: vpc.ref)

        // Subnets: the lab mapped public IPs on its public subnets; the hardened profile does not.
        let cidrs = [
            ("PublicSubnet1CIDR", context.parameters.publicSubnet1CIDR),
            ("PublicSubnet2CIDR", context.parameters.publicSubnet2CIDR),
            ("PrivateSubnet1CIDR", context.parameters.privateSubnet1CIDR),
            ("PrivateSubnet2CIDR", context.parameters.privateSubnet2CIDR),
        ]
        publicSubnets = (0..<2).map { [vpc] index in
            Subnet(
                "PublicSubnet\(index + 1)", vpcID: vpc.ref, availabilityZone: context.zone(index),
                cidrBlock: context.parameter(cidrs[index].0, cidrs[index].1), mapPublicIPOnLaunch: !isHardened,
                tags: [.name(context.named("public-subnet-az\(index + 1)"))])
        }
        privateSubnets = (0..<2).map { [vpc] index in
            Subnet(
                "PrivateSubnet\(index + 1)", vpcID: vpc.ref, availabilityZone: context.zone(index),
                cidrBlock: context.parameter(cidrs[index + 2].0, cidrs[index + 2].1), mapPublicIPOnLaunch: false,
                tags: [.name(context.named("private-subnet-az\(index + 1)"))])
        }
        securityGroup = Self.makeSecurityGroup(context, vpc: vpc)
        flowLog =
            isHardened
            ? FlowLog(
                "VPCFlowLog", vpcID: vpc.ref, trafficType: "REJECT",
                bucketARN: .importValue(context.named(LabStorage.bucketARNExport)), maxAggregationInterval: 600,
                tags: [.name(context.named("vpc-reject-flow-log"))]) : nil
        resources =
            Self.ordered(
                vpc: vpc, internetGateway: internetGateway, attachment: attachment, publicSubnets: publicSubnets,
                privateSubnets: privateSubnets, securityGroup: securityGroup, context: context)
            + (flowLog.map { [$0] } ?? [])
    }

    /// Returns the outputs of vpc.yaml, with the exports the EC2 stack imports.
    func outputs(_ context: LabContext) -> [Output] {
        var outputs = [
            Output(
                "VPC", description: "A reference to the created VPC", value: vpc.ref, exportName: context.named("VPCID")
            ),
            Output(
                "PublicSubnets", description: "A list of the public subnets",
                value: .join(",", publicSubnets.map(\.ref))),
            Output(
                "PrivateSubnets", description: "A list of the private subnets",
                value: .join(",", privateSubnets.map(\.ref))),
        ]
        for (index, ordinal) in ["1st", "2nd"].enumerated() {
            outputs.append(
                Output(
                    "PublicSubnet\(index + 1)",
                    description: "A reference to the public subnet in the \(ordinal) Availability Zone",
                    value: publicSubnets[index].ref, exportName: context.named("PUB\(index + 1)-SN")))
        }
        for (index, ordinal) in ["1st", "2nd"].enumerated() {
            outputs.append(
                Output(
                    "PrivateSubnet\(index + 1)",
                    description: "A reference to the private subnet in the \(ordinal) Availability Zone",
                    value: privateSubnets[index].ref, exportName: context.named("PRI\(index + 1)-SN")))
        }
        outputs.append(
            Output(
                "LabSecurityGroup", description: "Security group of the lab hosts", value: securityGroup.ref,
                exportName: context.named("LAB-SG")))
        return outputs
    }

    // MARK: - Pieces

    /// Builds the security group of the lab's ten ports. They are open to the world without
    /// descriptions in the baseline, and limited to the admin range and described in the hardened profile.
    /// The hardened group also replaces AWS's undocumented allow-all egress rule with one rule limited to the VPC.
    private static func makeSecurityGroup(_ context: LabContext, vpc: VPC) -> SecurityGroup {
        let isHardened = context.profile == .hardened
        let source: Token = isHardened ? context.parameter("AdminCIDR", context.parameters.adminCIDR) : "0.0.0.0/0"
        let rules = LabPort.all.map { port in
            SecurityGroupRule(
                fromPort: port.fromPort, toPort: port.toPort, cidrIP: source,
                description: isHardened ? "\(port.service) from the admin CIDR" : nil)
        }
        let description =
            isHardened
            ? "Lab hosts - administration and service ports reachable from the admin CIDR only"
            : "Lab hosts - SSH, web, DNS, databases, RDP and Wazuh ports open to the Internet"
        let egress =
            isHardened
            ? [
                SecurityGroupRule(
                    ipProtocol: "-1", fromPort: -1, toPort: -1,
                    cidrIP: context.parameter("VpcCIDR", context.parameters.vpcCIDR),
                    description: "All traffic to the VPC only")
            ] : []
        return SecurityGroup(
            "LabSecurityGroup", groupName: context.named("lab-sg"), groupDescription: description, vpcID: vpc.ref,
            ingress: rules, egress: egress, tags: [.name(context.named("lab-sg"))])
    }

    /// Gateways, routes and associations interleaved with the subnets and the security group,
    /// in the lab's order.
    private static func ordered(
        vpc: VPC, internetGateway: InternetGateway, attachment: VPCGatewayAttachment, publicSubnets: [Subnet],
        privateSubnets: [Subnet], securityGroup: SecurityGroup, context: LabContext
    ) -> [any Construct] {
        let afterAttachment = ResourceAttributes(dependsOn: [attachment.logicalID])
        let eips = (1...2).map { ElasticIP("NatGateway\($0)EIP", attributes: afterAttachment) }
        let nats = (0..<2).map { index in
            NATGateway(
                "NatGateway\(index + 1)", allocationID: eips[index].allocationID, subnetID: publicSubnets[index].ref,
                tags: [.name(context.named("nat-az\(index + 1)"))])
        }
        let publicTable = RouteTable("PublicRouteTable", vpcID: vpc.ref, tags: [.name(context.named("public-routes"))])

        var resources: [any Construct] = [vpc, internetGateway, attachment]
        resources += publicSubnets as [any Construct]
        resources += privateSubnets as [any Construct]
        resources += eips as [any Construct]
        resources += nats as [any Construct]

        // Public subnets route to the internet gateway.
        resources.append(publicTable)
        resources.append(
            Route(
                "DefaultPublicRoute", routeTableID: publicTable.ref, target: .internetGateway(internetGateway.ref),
                attributes: afterAttachment))
        for subnet in publicSubnets {
            resources.append(
                SubnetRouteTableAssociation(
                    "\(subnet.logicalID)RouteTableAssociation", routeTableID: publicTable.ref, subnetID: subnet.ref))
        }

        // Each private subnet routes through the NAT gateway of its zone.
        for (index, subnet) in privateSubnets.enumerated() {
            let table = RouteTable(
                "PrivateRouteTable\(index + 1)", vpcID: vpc.ref,
                tags: [.name(context.named("private-routes-az\(index + 1)"))])
            resources.append(table)
            resources.append(
                Route("DefaultPrivateRoute\(index + 1)", routeTableID: table.ref, target: .natGateway(nats[index].ref)))
            resources.append(
                SubnetRouteTableAssociation(
                    "\(subnet.logicalID)RouteTableAssociation", routeTableID: table.ref, subnetID: subnet.ref))
        }
        resources.append(securityGroup)
        return resources
    }
}
