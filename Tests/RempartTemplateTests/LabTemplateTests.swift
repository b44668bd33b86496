import Foundation
import RempartSupport
import RempartTemplate
import Testing

/// The lab templates under `examples/lab/` resolve, alone and together.
struct LabTemplateTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("examples/lab/cloudformation")

    static func readLab(_ name: String) throws -> Template {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        guard case .template(let template) = try TemplateReader.read(data, file: name) else {
            throw TestFailure("\(name) is not a template")
        }
        return template
    }

    @Test func importsResolveToVPCReferences() throws {
        let templates = try ["vpc.yaml", "ec2.json", "s3.json"].map(Self.readLab)
        let options = ResolutionOptions(parameters: ["EnvironmentName": "polystudent"])
        let resolved = TemplateResolver(options: options).resolve(templates)

        let instance = try #require(resolved[1].resource("LabInstance"))
        let subnet = try #require(instance.properties["SubnetId"])
        guard case .reference(let subnetReference) = subnet.kind else {
            Issue.record("SubnetId is \(subnet.json)")
            return
        }
        #expect(subnetReference == ResourceReference(file: "vpc.yaml", logicalID: "PublicSubnet1"))
        #expect(subnet.location == SourceLocation(file: "ec2.json", line: 34, column: 21))

        let groups = try #require(instance.properties["SecurityGroupIds"]?.elements)
        guard case .reference(let groupReference)? = groups.first?.kind else {
            Issue.record("SecurityGroupIds is \(groups.map(\.json))")
            return
        }
        #expect(groupReference == ResourceReference(file: "vpc.yaml", logicalID: "LabSecurityGroup"))
        #expect(
            resolved[0].exports.keys.sorted() == [
                "polystudent-LAB-SG", "polystudent-PRI1-SN", "polystudent-PRI2-SN", "polystudent-PUB1-SN",
                "polystudent-PUB2-SN", "polystudent-VPCID",
            ])
    }

    @Test func importsMatchExportsWhoseNamesNeedAParameter() throws {
        let templates = try ["vpc.yaml", "ec2.json", "s3.json"].map(Self.readLab)
        let resolved = TemplateResolver().resolve(templates)

        let warnings = resolved[0].diagnostics.filter { $0.level == .warning }.map { $0.message.english }
        #expect(warnings == ["parameter 'EnvironmentName' has no value; pass --parameter EnvironmentName=VALUE"])
        #expect(resolved[0].exports.isEmpty)

        let instance = try #require(resolved[1].resource("LabInstance"))
        #expect(
            instance.properties["SubnetId"]?.kind.reference
                == ResourceReference(file: "vpc.yaml", logicalID: "PublicSubnet1"))
        #expect(
            instance.properties["SecurityGroupIds"]?.elements?.first?.kind.reference
                == ResourceReference(file: "vpc.yaml", logicalID: "LabSecurityGroup"))
        let notes = resolved[1].diagnostics.filter { $0.level == .note }
        #expect(notes.count == 2)
        #expect(notes.first?.location == SourceLocation(file: "ec2.json", line: 34, column: 21))
        #expect(
            notes.first?.message.english
                == "import 'polystudent-PUB1-SN' matches export '${EnvironmentName}-PUB1-SN' of vpc.yaml when "
                + "EnvironmentName=polystudent; pass --parameter EnvironmentName=polystudent to confirm")
    }

    @Test(arguments: ["vpc.yaml", "ec2.json", "s3.json"])
    func templateResolvesWithoutIntrinsics(name: String) throws {
        let resolved = TemplateResolver().resolve([try Self.readLab(name)])[0]
        #expect(!resolved.resources.isEmpty)
        for resource in resolved.resources {
            #expect(!resource.properties.containsIntrinsic, "\(resource.logicalID)")
        }
        #expect(resolved.diagnostics.filter { $0.level == .error }.isEmpty)
    }
}
