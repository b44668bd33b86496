import Foundation
import RempartDeploy
import RempartInfra
import RempartTemplate
import Testing

/// A two-stack app whose constructs use every intrinsic the resolver has to evaluate for a deployment.
enum ResolverFixture {
    /// `net.yaml`: a VPC and a subnet, exporting the subnet; `app.json`: a security group and an instance
    /// importing it.
    static var app: App {
        let vpc = VPC(
            "Network", cidrBlock: .ref("NetworkCIDR"), enableDNSHostnames: true,
            tags: [Tag("Name", .sub("${Env}-vpc"))])
        let subnet = Subnet(
            "Subnet", vpcID: vpc.ref, availabilityZone: .select(1, .availabilityZones()), cidrBlock: "10.0.1.0/24",
            tags: [Tag("Name", .sub("${Env}-subnet-${AWS::Region}"))])
        let network = Stack(
            fileName: "net.yaml", description: "network",
            parameters: [Parameter("Env", defaultValue: "demo"), Parameter("NetworkCIDR", defaultValue: "10.0.0.0/16")],
            resources: [vpc, subnet],
            outputs: [
                Output("SubnetId", value: subnet.ref, exportName: .sub("${Env}-SN")),
                Output("VpcId", value: vpc.ref, exportName: .sub("${Env}-VPC")),
            ])
        let group = SecurityGroup(
            "Group", groupName: .join("-", [.ref("Env"), .ref("AWS::AccountId")]), groupDescription: "web",
            vpcID: .importValue(.sub("${Env}-VPC")),
            ingress: [SecurityGroupRule.tcp(443, from: "0.0.0.0/0", description: "HTTPS")],
            egress: [
                SecurityGroupRule(
                    ipProtocol: "-1", fromPort: -1, toPort: -1, cidrIP: .literal("10.0.0.0/16"), description: "VPC only")
            ])
        let instance = Instance(
            "Host", imageID: .ref("ImageId"), instanceType: "t3.micro", subnetID: .importValue(.sub("${Env}-SN")),
            securityGroupIDs: [group.groupID], tags: [Tag("Name", .sub("host-${Group}"))])
        let compute = Stack(
            fileName: "app.json", description: "compute",
            parameters: [
                Parameter("Env", defaultValue: "demo"), Parameter("ImageId", type: "AWS::EC2::Image::Id"),
            ],
            resources: [group, instance])
        return App(stacks: [network, compute])
    }

    static var resolver: ConstructResolver {
        ConstructResolver(app: app, parameterLookups: ["ImageId": "image"], accountStep: "account")
    }

    /// A state with the lookups and the network recorded.
    static var state: DeploymentState {
        var state = DeploymentState(name: "demo", profile: "test", region: "us-east-1")
        state.resources["account"] = ResourceRecord(type: ResourceRecord.lookupType, id: "123456789012")
        state.resources["image"] = ResourceRecord(type: ResourceRecord.lookupType, id: "ami-42")
        state.resources["Network"] = ResourceRecord(
            type: "AWS::EC2::VPC", id: "vpc-1", attributes: ["CidrBlock": "10.0.0.0/16"])
        state.resources["Subnet"] = ResourceRecord(type: "AWS::EC2::Subnet", id: "subnet-9")
        return state
    }
}

struct ConstructResolverTests {
    private let all: Set<String> = [
        "CidrBlock", "EnableDnsHostnames", "VpcId", "AvailabilityZone", "Tags", "GroupName", "GroupDescription",
        "SecurityGroupIngress", "SecurityGroupEgress", "ImageId", "InstanceType", "SubnetId", "SecurityGroupIds",
    ]

    @Test func refBecomesRecordedIDAndParametersTheirValue() throws {
        let properties = try ResolverFixture.resolver.properties(
            of: "Subnet", in: "net.yaml", keys: all, state: ResolverFixture.state, region: "us-east-1")
        #expect(
            NodeFormatter.compactJSON(properties)
                == #"{"VpcId":"vpc-1","AvailabilityZone":"us-east-1b","CidrBlock":"10.0.1.0/24","#
                + #""Tags":[{"Key":"Name","Value":"demo-subnet-us-east-1"}]}"#)
        let vpc = try ResolverFixture.resolver.properties(
            of: "Network", in: "net.yaml", keys: ["CidrBlock"], state: ResolverFixture.state, region: "eu-west-3")
        #expect(NodeFormatter.compactJSON(vpc) == #"{"CidrBlock":"10.0.0.0/16"}"#)
    }

    @Test func importJoinAndAccountResolve() throws {
        var state = ResolverFixture.state
        state.resources["Group"] = ResourceRecord(type: "AWS::EC2::SecurityGroup", id: "sg-7")
        let group = try ResolverFixture.resolver.properties(
            of: "Group", in: "app.json", keys: ["GroupName", "VpcId"], state: state, region: "us-east-1")
        #expect(NodeFormatter.compactJSON(group) == #"{"GroupName":"demo-123456789012","VpcId":"vpc-1"}"#)
        let host = try ResolverFixture.resolver.properties(
            of: "Host", in: "app.json", keys: all, state: state, region: "us-east-1")
        #expect(
            NodeFormatter.compactJSON(host)
                == #"{"ImageId":"ami-42","InstanceType":"t3.micro","SubnetId":"subnet-9","#
                + #""SecurityGroupIds":["sg-7"],"Tags":[{"Key":"Name","Value":"host-sg-7"}]}"#)
    }

    @Test func getAttReadsRecordedAttributes() throws {
        let stack = Stack(
            fileName: "one.yaml", description: "attributes",
            resources: [
                VPC("Net", cidrBlock: "10.1.0.0/16"),
                Subnet("Half", vpcID: .ref("Net"), availabilityZone: .select(0, .availabilityZones()),
                    cidrBlock: .getAtt("Net", "CidrBlock")),
            ])
        var state = DeploymentState(name: "demo", profile: "test", region: "ca-central-1")
        state.resources["Net"] = ResourceRecord(type: "AWS::EC2::VPC", id: "vpc-2", attributes: ["CidrBlock": "10.1.0.0/16"])
        let properties = try ConstructResolver(app: App(stacks: [stack])).properties(
            of: "Half", in: "one.yaml", keys: ["VpcId", "AvailabilityZone", "CidrBlock"], state: state,
            region: "ca-central-1")
        #expect(
            NodeFormatter.compactJSON(properties)
                == #"{"VpcId":"vpc-2","AvailabilityZone":"ca-central-1a","CidrBlock":"10.1.0.0/16"}"#)
    }

    @Test func missingRecordNamesTheProperty() throws {
        var state = ResolverFixture.state
        state.resources["Subnet"] = nil
        state.resources["Group"] = ResourceRecord(type: "AWS::EC2::SecurityGroup", id: "sg-7")
        #expect {
            _ = try ResolverFixture.resolver.properties(
                of: "Host", in: "app.json", keys: ["SubnetId"], state: state, region: "us-east-1")
        } throws: { error in
            guard case DeployError.unresolvedProperty(let logicalID, let property, _) = error else { return false }
            return logicalID == "Host" && property == "SubnetId"
        }
    }

    @Test func unknownAccountIsUnresolved() throws {
        var state = ResolverFixture.state
        state.resources["account"] = nil
        #expect(throws: DeployError.self) {
            _ = try ResolverFixture.resolver.properties(
                of: "Group", in: "app.json", keys: ["GroupName"], state: state, region: "us-east-1")
        }
    }
}
