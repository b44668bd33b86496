import Foundation
import RempartAWS
import Testing

extension EmulatorIntegrationTests {
    @Suite struct EC2NetworkIntegrationTests {
        let ec2 = EC2(client: Emulator.client())

        @Test func buildsLabNetwork() async throws {
            try await Emulator.reset()

            // VPC and subnets.
            let vpc = try await ec2.createVPC(cidrBlock: "10.0.0.0/16", tags: ["Name": "polystudent-vpc"])
            #expect(vpc.cidrBlock == "10.0.0.0/16")
            #expect(try await ec2.describeVPCs(ids: [vpc.id]).first?.tags == ["Name": "polystudent-vpc"])
            let byTag = try await ec2.describeVPCs(filters: [EC2.Filter("tag:Name", ["polystudent-vpc"])])
            #expect(byTag.map(\.id) == [vpc.id])

            let publicSubnet = try await ec2.createSubnet(
                vpcID: vpc.id, cidrBlock: "10.0.0.0/24", availabilityZone: "us-east-1a", tags: ["Name": "public-1"])
            let privateSubnet = try await ec2.createSubnet(
                vpcID: vpc.id, cidrBlock: "10.0.128.0/24", availabilityZone: "us-east-1a")
            #expect(publicSubnet.availabilityZone == "us-east-1a")
            #expect(publicSubnet.mapsPublicIPOnLaunch == false)
            try await ec2.modifySubnet(id: publicSubnet.id, mapsPublicIPOnLaunch: true)
            let subnets = try await ec2.describeSubnets(filters: [EC2.Filter("vpc-id", [vpc.id])])
            #expect(Set(subnets.map(\.id)) == [publicSubnet.id, privateSubnet.id])
            #expect(subnets.first { $0.id == publicSubnet.id }?.mapsPublicIPOnLaunch == true)

            // Internet gateway.
            let gateway = try await ec2.createInternetGateway(tags: ["Name": "lab-igw"])
            try await ec2.attachInternetGateway(id: gateway.id, vpcID: vpc.id)
            #expect(try await ec2.describeInternetGateways(ids: [gateway.id]).first?.attachedVPCIDs == [vpc.id])

            // Elastic IP and NAT gateway.
            let address = try await ec2.allocateAddress(tags: ["Name": "lab-eip"])
            #expect(address.allocationID.hasPrefix("eipalloc-"))
            let nat = try await ec2.createNATGateway(subnetID: publicSubnet.id, allocationID: address.allocationID)
            let described = try #require(try await ec2.describeNATGateways(ids: [nat.id]).first)
            #expect(described.subnetID == publicSubnet.id)
            #expect(described.state == "available")
            #expect(described.allocationIDs == [address.allocationID])

            // Route tables, routes and associations.
            let publicRoutes = try await ec2.createRouteTable(vpcID: vpc.id, tags: ["Name": "public"])
            try await ec2.createRoute(
                routeTableID: publicRoutes.id, destinationCIDRBlock: "0.0.0.0/0", gatewayID: gateway.id)
            let association = try await ec2.associateRouteTable(id: publicRoutes.id, subnetID: publicSubnet.id)
            let privateRoutes = try await ec2.createRouteTable(vpcID: vpc.id)
            try await ec2.createRoute(
                routeTableID: privateRoutes.id, destinationCIDRBlock: "0.0.0.0/0", natGatewayID: nat.id)
            let table = try #require(try await ec2.describeRouteTables(ids: [publicRoutes.id]).first)
            #expect(table.routes.contains { $0.destinationCIDRBlock == "0.0.0.0/0" && $0.gatewayID == gateway.id })
            #expect(table.associations.map(\.subnetID) == [publicSubnet.id])
            let natTable = try #require(try await ec2.describeRouteTables(ids: [privateRoutes.id]).first)
            #expect(natTable.routes.contains { $0.destinationCIDRBlock == "0.0.0.0/0" && $0.natGatewayID == nat.id })

            // Teardown in dependency order.
            try await ec2.disassociateRouteTable(associationID: association)
            try await ec2.deleteRoute(routeTableID: publicRoutes.id, destinationCIDRBlock: "0.0.0.0/0")
            try await ec2.deleteRouteTable(id: publicRoutes.id)
            try await ec2.deleteNATGateway(id: nat.id)
            try await ec2.releaseAddress(allocationID: address.allocationID)
            try await ec2.detachInternetGateway(id: gateway.id, vpcID: vpc.id)
            try await ec2.deleteInternetGateway(id: gateway.id)
            #expect(
                try await ec2.describeInternetGateways(filters: [EC2.Filter("internet-gateway-id", [gateway.id])])
                    .isEmpty)
        }

        @Test func managesSecurityGroupRules() async throws {
            let vpc = try await ec2.createVPC(cidrBlock: "10.1.0.0/16")
            let groupID = try await ec2.createSecurityGroup(
                name: Emulator.unique("lab-sg"), description: "lab web", vpcID: vpc.id, tags: ["Name": "lab-sg"])
            let ssh = EC2.IPPermission(
                ipProtocol: "tcp", fromPort: 22, toPort: 22,
                ipRanges: [.init("0.0.0.0/0", description: "ssh from anywhere")])
            let search = EC2.IPPermission(
                ipProtocol: "tcp", fromPort: 9200, toPort: 9300, ipRanges: [.init("10.0.0.0/16")])
            try await ec2.authorizeIngress(groupID: groupID, permissions: [ssh, search])

            let group = try #require(try await ec2.describeSecurityGroups(ids: [groupID]).first)
            #expect(group.vpcID == vpc.id)
            #expect(group.tags == ["Name": "lab-sg"])
            #expect(group.ingress.count == 2)
            #expect(group.ingress.contains(ssh))
            #expect(group.ingress.contains(search))

            let rules = try await ec2.describeSecurityGroupRules(groupIDs: [groupID])
            let ingressRules = rules.filter { !$0.isEgress }
            #expect(Set(ingressRules.compactMap(\.fromPort)) == [22, 9200])
            #expect(ingressRules.first { $0.fromPort == 22 }?.cidrIPv4 == "0.0.0.0/0")
            #expect(ingressRules.first { $0.fromPort == 22 }?.description == "ssh from anywhere")

            try await ec2.revokeIngress(groupID: groupID, permissions: [ssh])
            #expect(try await ec2.describeSecurityGroups(ids: [groupID]).first?.ingress == [search])

            let https = EC2.IPPermission(ipProtocol: "tcp", fromPort: 443, toPort: 443, ipRanges: [.init("0.0.0.0/0")])
            try await ec2.authorizeEgress(groupID: groupID, permissions: [https])
            #expect(try await ec2.describeSecurityGroups(ids: [groupID]).first?.egress.contains(https) == true)
            try await ec2.revokeEgress(groupID: groupID, permissions: [https])
            #expect(try await ec2.describeSecurityGroups(ids: [groupID]).first?.egress.contains(https) == false)

            try await ec2.deleteSecurityGroup(id: groupID)
            do {
                _ = try await ec2.describeSecurityGroups(ids: [groupID])
                Issue.record("expected InvalidGroup.NotFound")
            } catch let error as AWSError {
                #expect(error.code == "InvalidGroup.NotFound")
            }
        }

        @Test func tagsAndDescribesTags() async throws {
            let vpc = try await ec2.createVPC(cidrBlock: "10.2.0.0/16")
            try await ec2.createTags(resourceIDs: [vpc.id], tags: ["Name": "tagged", "Env": "lab"])
            let tags = try await ec2.describeTags(filters: [EC2.Filter("resource-id", [vpc.id])])
            #expect(tags.map(\.key).sorted() == ["Env", "Name"])
            #expect(tags.allSatisfy { $0.resourceType == "vpc" })
            let byKey = try await ec2.describeTags(filters: [
                EC2.Filter("resource-id", [vpc.id]), EC2.Filter("key", ["Env"]),
            ])
            #expect(byKey.map(\.value) == ["lab"])
            try await ec2.deleteTags(resourceIDs: [vpc.id], keys: ["Env"])
            #expect(try await ec2.describeTags(filters: [EC2.Filter("resource-id", [vpc.id])]).map(\.key) == ["Name"])
        }

        @Test func publishesFlowLogsToBucket() async throws {
            let vpc = try await ec2.createVPC(cidrBlock: "10.3.0.0/16")
            let bucket = Emulator.unique("lab-flow-logs")
            try await S3(client: Emulator.client()).createBucket(bucket)
            let ids = try await ec2.createFlowLogs(
                vpcIDs: [vpc.id], trafficType: "REJECT", bucketARN: "arn:aws:s3:::\(bucket)")
            #expect(ids.count == 1)
            let logs = try await ec2.describeFlowLogs(filters: [EC2.Filter("resource-id", [vpc.id])])
            #expect(logs.map(\.id) == ids)
            #expect(logs.first?.trafficType == "REJECT")
            #expect(logs.first?.destinationType == "s3")
            #expect(logs.first?.destination == "arn:aws:s3:::\(bucket)")
            try await ec2.deleteFlowLogs(ids: ids)
            #expect(try await ec2.describeFlowLogs(filters: [EC2.Filter("resource-id", [vpc.id])]).isEmpty)
        }
    }
}
