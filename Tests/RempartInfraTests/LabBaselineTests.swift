import Foundation
import RempartInfra
import RempartTemplate
import Testing

struct LabBaselineTests {
    static let files = ["vpc.yaml", "ec2.json", "s3.json"]

    @Test func writesLabTemplateFiles() {
        let app = LabArchitecture.app(profile: .baseline)
        #expect(app.stacks.map(\.fileName) == Self.files)
    }

    @Test func vpcTemplateIsByteIdentical() throws {
        let stack = try #require(LabArchitecture.app(profile: .baseline).stack("vpc.yaml"))
        let expected = try String(
            contentsOf: InfraTestSupport.examples.appendingPathComponent("cloudformation/vpc.yaml"), encoding: .utf8)
        #expect(try Synthesizer.render(stack, as: .yaml) == expected)
    }

    @Test(arguments: files)
    func templateEqualsLabAfterParsing(_ file: String) throws {
        let stack = try #require(LabArchitecture.app(profile: .baseline).stack(file))
        let format: Template.Format = file.hasSuffix(".json") ? .json : .yaml
        let written = try InfraTestSupport.read(try Synthesizer.render(stack, as: format), file: file)
        let lab = try InfraTestSupport.read(InfraTestSupport.examples.appendingPathComponent("cloudformation/\(file)"))

        // Same sections, same resources in the same order, and the same values, keys in the same order.
        #expect(written.entries.map(\.key) == lab.entries.map(\.key))
        #expect(written["Resources"]?.entries.map(\.key) == lab["Resources"]?.entries.map(\.key))
        for entry in lab["Resources"]?.entries ?? [] {
            #expect(written["Resources"]?[entry.key]?.json == entry.value.json, "resource \(entry.key)")
        }
        #expect(written.json == lab.json)
    }

    @Test func keepsTheLabWeaknesses() throws {
        let app = LabArchitecture.app(profile: .baseline)
        let vpc = try #require(app.stack("vpc.yaml")).template
        let ingress = try #require(
            vpc["Resources"]?["LabSecurityGroup"]?["Properties"]?["SecurityGroupIngress"]?.elements)
        #expect(ingress.map { $0["FromPort"]?.intValue ?? 0 } == [22, 80, 443, 53, 1433, 3306, 5432, 3389, 1514, 9200])
        #expect(ingress.allSatisfy { $0["CidrIp"]?.scalarText == "0.0.0.0/0" && $0["Description"] == nil })
        #expect(vpc["Resources"]?["PublicSubnet1"]?["Properties"]?["MapPublicIpOnLaunch"]?.boolValue == true)
        #expect(vpc["Parameters"]?["EnvironmentName"]?["Default"] == nil)

        let instance = try #require(app.stack("ec2.json")?.template["Resources"]?["LabInstance"]?["Properties"])
        #expect(instance["MetadataOptions"] == nil)
        #expect(instance["BlockDeviceMappings"]?.elements?.first?["Ebs"]?["Encrypted"] == nil)
        #expect(
            app.stack("s3.json")?.template["Resources"]?["LabBucket"]?["Properties"]?["LoggingConfiguration"] == nil)
    }

    @Test func ec2StackImportsNetworkExports() throws {
        let app = LabArchitecture.app(profile: .baseline)
        #expect(try app.stackDependencies() == ["vpc.yaml": [], "ec2.json": ["vpc.yaml"], "s3.json": []])
        let instance = try #require(app.stack("ec2.json")?.resource("LabInstance"))
        #expect(
            instance.properties["SubnetId"]?.json == #"{"Fn::ImportValue":{"Fn::Sub":"${EnvironmentName}-PUB1-SN"}}"#)
    }
}
