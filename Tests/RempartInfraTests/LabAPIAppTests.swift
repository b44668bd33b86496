import Foundation
import RempartInfra
import RempartTemplate
import Testing

/// The architecture the API deployment derives its steps from: the lab's three stacks with the SDK part's additions.
struct LabAPIAppTests {
    @Test(arguments: LabProfile.allCases)
    func createsTheLabInstances(_ profile: LabProfile) throws {
        let app = LabArchitecture.apiApp(profile: profile)
        let compute = try #require(app.stack("ec2.json"))
        let instances = compute.resources.filter { $0.resourceType == "AWS::EC2::Instance" }
        #expect(
            instances.map { $0.properties["Tags"]?.elements?.first?["Value"]?.scalarText } == [
                "tp4-linux-public-AZ1", "tp4-linux-public-AZ2", "tp4-windows-private-AZ1", "tp4-windows-private-AZ2",
            ])
        #expect(instances.allSatisfy { $0.properties["InstanceType"]?.json == #"{"Ref":"InstanceType"}"# })
        #expect(
            instances.map { $0.properties["SubnetId"]?.json } == [
                #"{"Fn::ImportValue":{"Fn::Sub":"${EnvironmentName}-PUB1-SN"}}"#,
                #"{"Fn::ImportValue":{"Fn::Sub":"${EnvironmentName}-PUB2-SN"}}"#,
                #"{"Fn::ImportValue":{"Fn::Sub":"${EnvironmentName}-PRI1-SN"}}"#,
                #"{"Fn::ImportValue":{"Fn::Sub":"${EnvironmentName}-PRI2-SN"}}"#,
            ])
        #expect(
            instances.map { $0.properties["ImageId"]?.json } == [
                #"{"Ref":"LatestAmiId"}"#, #"{"Ref":"LatestAmiId"}"#, #"{"Ref":"WindowsAmiId"}"#,
                #"{"Ref":"WindowsAmiId"}"#,
            ])
        #expect(
            instances.map { $0.properties["BlockDeviceMappings"]?.elements?.first?["DeviceName"]?.scalarText } == [
                "/dev/xvda", "/dev/xvda", "/dev/sda1", "/dev/sda1",
            ])
        try app.validate()
    }

    @Test(arguments: LabProfile.allCases)
    func keepsTheNetworkAndStorageStacks(_ profile: LabProfile) throws {
        let api = LabArchitecture.apiApp(profile: profile)
        let templates = LabArchitecture.app(profile: profile)
        #expect(api.stacks.map(\.fileName) == ["vpc.yaml", "ec2.json", "s3.json"])
        #expect(api.stack("vpc.yaml")?.template.json == templates.stack("vpc.yaml")?.template.json)
        if profile == .hardened {
            #expect(api.stack("s3.json")?.template.json == templates.stack("s3.json")?.template.json)
        }
    }

    @Test func baselineAddsTheScriptsTLSPolicy() throws {
        let storage = try #require(LabArchitecture.apiApp(profile: .baseline).stack("s3.json"))
        #expect(storage.resources.map(\.logicalID) == ["BucketKey", "LabBucket", "LabBucketPolicy"])
        #expect(LabArchitecture.app(profile: .baseline).stack("s3.json")?.resource("LabBucketPolicy") == nil)
    }

    @Test func hardenedAlarmsEveryInstance() throws {
        let compute = try #require(LabArchitecture.apiApp(profile: .hardened).stack("ec2.json"))
        let alarms = compute.resources.filter { $0.resourceType == "AWS::CloudWatch::Alarm" }
        #expect(
            alarms.map { $0.properties["AlarmName"]?.json ?? "" } == [
                #"{"Fn::Sub":"alarm-packetsIn-${LinuxPublicAZ1}"}"#,
                #"{"Fn::Sub":"alarm-packetsIn-${LinuxPublicAZ2}"}"#,
                #"{"Fn::Sub":"alarm-packetsIn-${WindowsPrivateAZ1}"}"#,
                #"{"Fn::Sub":"alarm-packetsIn-${WindowsPrivateAZ2}"}"#,
            ])
        let instances = compute.resources.filter { $0.resourceType == "AWS::EC2::Instance" }
        #expect(instances.allSatisfy { $0.properties["IamInstanceProfile"]?.json == #"{"Ref":"InstanceProfile"}"# })
        #expect(compute.resources.filter { $0.resourceType == "AWS::EC2::EIP" }.isEmpty)
    }
}

extension LabAPIAppTests {
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
        for stack in LabArchitecture.apiApp(profile: profile).stacks {
            #expect(unsubstitutedStrings(in: stack.template) == [], "\(stack.fileName)")
            let reread = try InfraTestSupport.read(try Synthesizer.render(stack, as: .yaml))
            #expect(reread.json == stack.template.json)
        }
    }

    @Test(arguments: LabProfile.allCases)
    func templatesUseVariablesOnlyInsideSub(_ profile: LabProfile) {
        for stack in LabArchitecture.app(profile: profile).stacks {
            #expect(unsubstitutedStrings(in: stack.template) == [], "\(stack.fileName)")
        }
    }
}
