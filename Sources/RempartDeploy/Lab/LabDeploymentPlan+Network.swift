import Foundation
import RempartAWS
import RempartInfra

/// The network: VPC, subnets, gateways, route tables and the security group.
extension LabDeploymentPlan {
    var networkSteps: [DeploymentStep] {
        var steps = [vpcStep, internetGatewayStep, attachmentStep]
        steps += subnetSteps
        for index in 1...2 {
            steps.append(natAddressStep(index))
            steps.append(natGatewayStep(index))
        }
        steps += routeSteps
        steps.append(securityGroupStep)
        return steps
    }

    private var vpcStep: DeploymentStep {
        let cidr = parameters.vpcCIDR
        return DeploymentStep(
            id: "vpc", title: "Create VPC", resourceType: "AWS::EC2::VPC",
            create: { context in
                let vpc = try await context.services.ec2.createVPC(
                    cidrBlock: cidr, tags: context.tags(name: "polystudent-vpc"))
                return ResourceRecord(type: "AWS::EC2::VPC", id: vpc.id)
            },
            find: { context in
                try await context.services.ec2.describeVPCs(filters: context.tagFilters)
                    .first(where: { context.isOwned($0.tags) }).map {
                        ResourceRecord(type: "AWS::EC2::VPC", id: $0.id)
                    }
            },
            delete: { context, record in
                try await AbsentResource.ignoring { try await context.services.ec2.deleteVPC(id: record.id) }
            })
    }

    private var internetGatewayStep: DeploymentStep {
        DeploymentStep(
            id: "internet-gateway", title: "Create internet gateway", resourceType: "AWS::EC2::InternetGateway",
            create: { context in
                let gateway = try await context.services.ec2.createInternetGateway(
                    tags: context.tags(name: "\(context.namePrefix)-igw"))
                return ResourceRecord(type: "AWS::EC2::InternetGateway", id: gateway.id)
            },
            find: { context in
                try await context.services.ec2.describeInternetGateways(filters: context.tagFilters)
                    .first(where: { context.isOwned($0.tags) }).map {
                        ResourceRecord(type: "AWS::EC2::InternetGateway", id: $0.id)
                    }
            },
            delete: { context, record in
                // Detach from any VPC still attached (a lost state leaves no attachment record).
                let gateways = try await context.services.ec2.describeInternetGateways(
                    filters: [EC2.Filter("internet-gateway-id", [record.id])])
                for vpcID in gateways.first?.attachedVPCIDs ?? [] {
                    try await AbsentResource.ignoring {
                        try await context.services.ec2.detachInternetGateway(id: record.id, vpcID: vpcID)
                    }
                }
                try await AbsentResource.ignoring {
                    try await context.services.ec2.deleteInternetGateway(id: record.id)
                }
            })
    }

    private var attachmentStep: DeploymentStep {
        DeploymentStep(
            id: "internet-gateway-attachment", title: "Attach internet gateway to the VPC",
            resourceType: "AWS::EC2::VPCGatewayAttachment", dependencies: ["vpc", "internet-gateway"],
            create: { context in
                let gateway = try await context.id("internet-gateway")
                let vpc = try await context.id("vpc")
                try await context.services.ec2.attachInternetGateway(id: gateway, vpcID: vpc)
                return ResourceRecord(type: "AWS::EC2::VPCGatewayAttachment", id: gateway, attributes: ["vpc": vpc])
            },
            find: { context in
                let filters = [
                    EC2.Filter("tag:\(StepContext.deploymentTagKey)", [context.deployment]),
                    EC2.Filter("tag:\(StepContext.resourceTagKey)", ["internet-gateway"]),
                ]
                let gateway = try await context.services.ec2.describeInternetGateways(filters: filters).first
                guard let gateway, let vpc = gateway.attachedVPCIDs.first else { return nil }
                return ResourceRecord(type: "AWS::EC2::VPCGatewayAttachment", id: gateway.id, attributes: ["vpc": vpc])
            },
            delete: { context, record in
                guard let vpc = record.attributes["vpc"] else { return }
                try await AbsentResource.ignoring {
                    try await context.services.ec2.detachInternetGateway(id: record.id, vpcID: vpc)
                }
            })
    }

    /// The subnets: public and private in us-east-1a and us-east-1b, as the lab's scripts named them.
    var subnetSteps: [DeploymentStep] {
        let zones = ["\(region)a", "\(region)b"]
        let layout = [
            ("public-subnet-1", parameters.publicSubnet1CIDR, zones[0], true),
            ("public-subnet-2", parameters.publicSubnet2CIDR, zones[1], true),
            ("private-subnet-1", parameters.privateSubnet1CIDR, zones[0], false),
            ("private-subnet-2", parameters.privateSubnet2CIDR, zones[1], false),
        ]

        // The baseline maps public IPs on its public subnets as the lab did; the hardened profile does not.
        let mapsPublicIPs = !isHardened
        return layout.map { id, cidr, zone, isPublic in
            DeploymentStep(
                id: id, title: "Create \(isPublic ? "public" : "private") subnet in \(zone)",
                resourceType: "AWS::EC2::Subnet", dependencies: ["vpc"],
                create: { context in
                    let subnet = try await context.services.ec2.createSubnet(
                        vpcID: try await context.id("vpc"), cidrBlock: cidr, availabilityZone: zone,
                        tags: context.tags(name: "\(context.namePrefix)-\(id)"))
                    if isPublic && mapsPublicIPs {
                        try await context.services.ec2.modifySubnet(id: subnet.id, mapsPublicIPOnLaunch: true)
                    }
                    return ResourceRecord(type: "AWS::EC2::Subnet", id: subnet.id, attributes: ["zone": zone])
                },
                find: { context in
                    try await context.services.ec2.describeSubnets(filters: context.tagFilters)
                        .first(where: { context.isOwned($0.tags) }).map {
                            ResourceRecord(
                                type: "AWS::EC2::Subnet", id: $0.id, attributes: ["zone": $0.availabilityZone])
                        }
                },
                delete: { context, record in
                    try await AbsentResource.ignoring { try await context.services.ec2.deleteSubnet(id: record.id) }
                })
        }
    }

    private func natAddressStep(_ index: Int) -> DeploymentStep {
        DeploymentStep(
            id: "nat-address-\(index)", title: "Allocate Elastic IP for NAT gateway \(index)",
            resourceType: "AWS::EC2::EIP",
            create: { context in
                let address = try await context.services.ec2.allocateAddress(
                    tags: context.tags(name: "\(context.namePrefix)-nat-\(index)"))
                return ResourceRecord(
                    type: "AWS::EC2::EIP", id: address.allocationID, attributes: ["ip": address.publicIP])
            },
            find: { context in
                try await context.services.ec2.describeAddresses(filters: context.tagFilters)
                    .first(where: { context.isOwned($0.tags) }).map {
                        ResourceRecord(type: "AWS::EC2::EIP", id: $0.allocationID, attributes: ["ip": $0.publicIP])
                    }
            },
            delete: { context, record in
                // The address may still look associated right after its NAT gateway is deleted.
                try await context.wait(for: record.id, toBe: "released") {
                    do {
                        try await AbsentResource.ignoring {
                            try await context.services.ec2.releaseAddress(allocationID: record.id)
                        }
                        return true
                    } catch let error as AWSError
                        where error.code == "InvalidIPAddress.InUse" || error.code == "AuthFailure"
                    {
                        return false
                    }
                }
            })
    }

    private func natGatewayStep(_ index: Int) -> DeploymentStep {
        DeploymentStep(
            id: "nat-gateway-\(index)", title: "Create NAT gateway \(index)", resourceType: "AWS::EC2::NatGateway",
            dependencies: ["public-subnet-\(index)", "nat-address-\(index)"],
            create: { context in
                let ec2 = context.services.ec2
                let gateway = try await ec2.createNATGateway(
                    subnetID: try await context.id("public-subnet-\(index)"),
                    allocationID: try await context.id("nat-address-\(index)"),
                    tags: context.tags(name: "\(context.namePrefix)-nat-\(index)"))

                // Routes can only target an available NAT gateway (1 to 3 minutes on AWS).
                try await context.wait(for: gateway.id, toBe: "available") {
                    let state = try await ec2.describeNATGateways(filters: [EC2.Filter("nat-gateway-id", [gateway.id])])
                        .first?.state
                    if state == "failed" {
                        throw DeployError.stepAborted(
                            step: context.stepID, title: "Create NAT gateway \(index)", reason: "the NAT gateway failed"
                        )
                    }
                    return state == "available"
                }
                return ResourceRecord(type: "AWS::EC2::NatGateway", id: gateway.id)
            },
            find: { context in
                let filters = context.tagFilters + [EC2.Filter("state", ["pending", "available"])]
                return try await context.services.ec2.describeNATGateways(filters: filters)
                    .first(where: { context.isOwned($0.tags) }).map {
                        ResourceRecord(type: "AWS::EC2::NatGateway", id: $0.id)
                    }
            },
            delete: { context, record in
                let ec2 = context.services.ec2
                try await AbsentResource.ignoring { try await ec2.deleteNATGateway(id: record.id) }
                try await context.wait(for: record.id, toBe: "deleted") {
                    let state = try await ec2.describeNATGateways(filters: [EC2.Filter("nat-gateway-id", [record.id])])
                        .first?.state
                    return state == nil || state == "deleted"
                }
            })
    }

    private var securityGroupStep: DeploymentStep {
        let source = isHardened ? parameters.adminCIDR : "0.0.0.0/0"
        let isHardened = isHardened
        let vpcCIDR = parameters.vpcCIDR
        return DeploymentStep(
            id: "security-group", title: "Create security group", resourceType: "AWS::EC2::SecurityGroup",
            dependencies: ["vpc"],
            create: { context in
                let ec2 = context.services.ec2
                let name = "\(context.namePrefix)-lab-sg"
                let groupID = try await ec2.createSecurityGroup(
                    name: name, description: "Lab hosts - SSH, web, DNS, databases, RDP and Wazuh ports",
                    vpcID: try await context.id("vpc"), tags: context.tags(name: name))
                let permissions = LabPort.all.map { port in
                    EC2.IPPermission(
                        ipProtocol: "tcp", fromPort: port.fromPort, toPort: port.toPort,
                        ipRanges: [
                            EC2.IPPermission.IPRange(
                                source, description: isHardened ? "\(port.service) from the admin CIDR" : nil)
                        ])
                }
                try await ec2.authorizeIngress(groupID: groupID, permissions: permissions)
                if isHardened {
                    // AWS gives every new group an undocumented allow-all egress rule. The hardened group
                    // replaces it with one documented rule limited to the VPC.
                    try await ec2.revokeEgress(
                        groupID: groupID,
                        permissions: [EC2.IPPermission(ipProtocol: "-1", ipRanges: [EC2.IPPermission.IPRange("0.0.0.0/0")])])
                    try await ec2.authorizeEgress(
                        groupID: groupID,
                        permissions: [
                            EC2.IPPermission(
                                ipProtocol: "-1",
                                ipRanges: [EC2.IPPermission.IPRange(vpcCIDR, description: "All traffic to the VPC only")])
                        ])
                }
                return ResourceRecord(type: "AWS::EC2::SecurityGroup", id: groupID)
            },
            find: { context in
                try await context.services.ec2.describeSecurityGroups(filters: context.tagFilters)
                    .first(where: { context.isOwned($0.tags) }).map {
                        ResourceRecord(type: "AWS::EC2::SecurityGroup", id: $0.id)
                    }
            },
            delete: { context, record in
                try await AbsentResource.ignoring { try await context.services.ec2.deleteSecurityGroup(id: record.id) }
            })
    }
}
