import Foundation
import RempartInfra
import RempartTemplate
import Testing

struct LabSDKGraphTests {
    @Test(arguments: LabProfile.allCases)
    func createsTheLabInstances(_ profile: LabProfile) throws {
        let graph = LabArchitecture.sdkGraph(profile: profile)
        let instances = graph.resources.filter { $0.resourceType == "AWS::EC2::Instance" }
        #expect(
            instances.map { $0.properties["Tags"]?.elements?.first?["Value"]?.scalarText } == [
                "tp4-linux-public-AZ1", "tp4-linux-public-AZ2", "tp4-windows-private-AZ1", "tp4-windows-private-AZ2",
            ])
        #expect(instances.allSatisfy { $0.properties["InstanceType"]?.scalarText == "t3.micro" })
        #expect(
            instances.map {
                graph.dependencies(of: $0.logicalID).first { $0.hasSuffix("Subnet1") || $0.hasSuffix("Subnet2") }
            } == [
                "PublicSubnet1", "PublicSubnet2", "PrivateSubnet1", "PrivateSubnet2",
            ])
        let zones = graph.resources.filter { $0.resourceType == "AWS::EC2::Subnet" }
            .map { $0.properties["AvailabilityZone"]?.scalarText }
        #expect(zones == ["us-east-1a", "us-east-1b", "us-east-1a", "us-east-1b"])
        try App(stacks: [graph]).validate()
    }

    @Test func baselineKeepsTheLabWeaknesses() throws {
        let graph = LabArchitecture.sdkGraph(profile: .baseline)
        #expect(graph.resource("PublicSubnet1")?.properties["MapPublicIpOnLaunch"]?.boolValue == true)
        #expect(graph.resources.filter { $0.resourceType == "AWS::CloudWatch::Alarm" }.isEmpty)
        #expect(graph.resource("LabBucketPolicy") != nil)
        #expect(
            graph.resource("LabSecurityGroup")?.properties["SecurityGroupIngress"]?.elements?.first?["CidrIp"]?
                .scalarText == "0.0.0.0/0")
    }

    @Test func hardenedAddsTheSDKHardening() throws {
        let graph = LabArchitecture.sdkGraph(profile: .hardened)
        let alarms = graph.resources.filter { $0.resourceType == "AWS::CloudWatch::Alarm" }
        #expect(
            alarms.map { $0.properties["AlarmName"]?.json ?? "" } == [
                #"{"Fn::Sub":"alarm-packetsIn-${LinuxPublicAZ1}"}"#,
                #"{"Fn::Sub":"alarm-packetsIn-${LinuxPublicAZ2}"}"#,
                #"{"Fn::Sub":"alarm-packetsIn-${WindowsPrivateAZ1}"}"#,
                #"{"Fn::Sub":"alarm-packetsIn-${WindowsPrivateAZ2}"}"#,
            ])
        let instances = graph.resources.filter { $0.resourceType == "AWS::EC2::Instance" }
        #expect(instances.allSatisfy { $0.properties["IamInstanceProfile"]?.json == #"{"Ref":"InstanceProfile"}"# })
        for type in ["AWS::EC2::FlowLog", "AWS::CloudTrail::Trail", "AWS::IAM::InstanceProfile"] {
            #expect(graph.resources.filter { $0.resourceType == type }.count == 1, "\(type)")
        }
        #expect(graph.resource("ReplicaBucket") != nil)
        #expect(
            graph.resource("LabSecurityGroup")?.properties["SecurityGroupIngress"]?.elements?.first?["CidrIp"]?
                .scalarText == "192.0.2.10/32")
    }

    @Test func layersCreateNetworkBeforeInstances() throws {
        let layers = try LabArchitecture.sdkGraph(profile: .hardened).deploymentLayers()
        func layer(of id: String) -> Int? { layers.firstIndex { $0.contains(id) } }
        let subnet = try #require(layer(of: "PublicSubnet1"))
        let instance = try #require(layer(of: "LinuxPublicAZ1"))
        let alarm = try #require(layer(of: "LinuxPublicAZ1PacketsInAlarm"))
        #expect(layer(of: "VPC") == 0)
        #expect(subnet < instance)
        #expect(instance < alarm)
        #expect(layers.joined().count == LabArchitecture.sdkGraph(profile: .hardened).resources.count)
    }
}

extension LabSDKGraphTests {
    /// Returns the strings outside `Fn::Sub` that contain `${`, which CloudFormation would not substitute.
    private func unsubstitutedStrings(in node: Node) -> [String] {
        switch node.kind {
        case .string(let text): return text.contains("${") ? [text] : []
        case .sequence(let elements): return elements.flatMap(unsubstitutedStrings)
        case .mapping(let entries): return entries.flatMap { unsubstitutedStrings(in: $0.value) }
        case .intrinsic(let call) where call.name == "Fn::Sub": return []
        case .intrinsic(let call): return unsubstitutedStrings(in: call.argument)
        default: return []
        }
    }

    @Test(arguments: LabProfile.allCases)
    func variablesOnlyInsideSub(_ profile: LabProfile) throws {
        let graph = LabArchitecture.sdkGraph(profile: profile)
        #expect(unsubstitutedStrings(in: graph.template) == [])
        let reread = try InfraTestSupport.read(try Synthesizer.render(graph, as: .yaml))
        #expect(reread.json == graph.template.json)
    }

    @Test(arguments: LabProfile.allCases)
    func templatesUseVariablesOnlyInsideSub(_ profile: LabProfile) {
        for stack in LabArchitecture.app(profile: profile).stacks {
            #expect(unsubstitutedStrings(in: stack.template) == [], "\(stack.fileName)")
        }
    }
}
