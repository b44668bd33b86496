import Foundation
import RempartReport
import RempartRules
import RempartScanner
import RempartSupport
import RempartTemplate
import Testing

/// Reports on the lab templates scanned by the real pipeline with every rule.
struct PipelineReportTests {
    static let arguments = LabFixture.Profile.allCases.flatMap { profile in
        Language.allCases.map { (profile, $0) }
    }

    /// Returns the pipeline's output on the lab templates of `profile`.
    ///
    /// `EnvironmentName` is given, as the lab did when it deployed, because the EC2 stack imports
    /// the subnet and security group that the VPC stack exports under names built from it.
    static func scan(
        _ profile: LabFixture.Profile, parameters: [String: String] = ["EnvironmentName": "polystudent"]
    ) throws -> Pipeline.Output {
        let directory = LabFixture.packageRoot.appendingPathComponent("examples/lab/\(profile.rawValue)")
        let sources = try LabFixture.files.map { file in
            Pipeline.Source(
                file: file, text: try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8))
        }
        return Pipeline.run(sources, options: ResolutionOptions(parameters: parameters))
    }

    @Test(arguments: arguments)
    func scannedLabMatchesGoldenFiles(_ profile: LabFixture.Profile, language: Language) throws {
        let report = MitigationReport(output: try Self.scan(profile))
        let name = "scan-\(profile.testDescription)-\(language.rawValue)"
        try Snapshot.expectMatches(report.markdown(in: language, diagramPath: "\(name).svg"), named: "\(name).md")
        try Snapshot.expectMatches(report.html(in: language), named: "\(name).html")
        let diagram = try #require(report.diagram)
        try Snapshot.expectMatches(SVGDiagramRenderer(language: language).render(diagram), named: "\(name).svg")
    }

    @Test func frenchHTMLKeepsPunctuationWithItsWord() throws {
        let html = MitigationReport(output: try Self.scan(.baseline)).html(in: .french)
        // A no-break space before the colon, so a narrow cell never starts a line with it.
        #expect(html.contains("HttpTokens n&#39;est pas réglé\u{00A0}: IMDSv1 reste donc permis"))
        #expect(!html.contains("réglé : IMDSv1"))
        #expect(html.contains("\u{00A0}; gardez les bases de données"))
        let english = MitigationReport(output: try Self.scan(.baseline)).html(in: .english)
        #expect(!english.contains("\u{00A0}:"))
    }

    @Test func scannedBaselineHasTrivysFindings() throws {
        let report = MitigationReport(output: try Self.scan(.baseline))
        let trivyIDs = Set([
            "AVD-AWS-0028", "AVD-AWS-0089", "AVD-AWS-0107", "AVD-AWS-0124", "AVD-AWS-0131",
            "AVD-AWS-0164", "AVD-AWS-0178",
        ])
        let counts = Dictionary(
            report.entries.filter { trivyIDs.contains($0.ruleID) }.map { ("\($0.place) \($0.ruleID)", 1) },
            uniquingKeysWith: +)
        #expect(
            counts == [
                "ec2.json AVD-AWS-0028": 1, "ec2.json AVD-AWS-0131": 1, "s3.json AVD-AWS-0089": 1,
                "vpc.yaml AVD-AWS-0107": 2, "vpc.yaml AVD-AWS-0124": 10, "vpc.yaml AVD-AWS-0164": 2,
                "vpc.yaml AVD-AWS-0178": 1,
            ])
    }

    @Test func scannedBaselineDiagramHasTheLabNetwork() throws {
        let report = MitigationReport(output: try Self.scan(.baseline))
        let graph = try #require(report.diagram)
        let vpc = try #require(graph.vpcs.first)
        #expect(vpc.zones.map(\.name) == ["us-east-1a", "us-east-1b"])
        let subnets = vpc.zones.flatMap(\.subnets)
        #expect(subnets.filter(\.isPublic).map(\.node.label).sorted() == ["PublicSubnet1", "PublicSubnet2"])
        #expect(subnets.filter { !$0.isPublic }.map(\.node.label).sorted() == ["PrivateSubnet1", "PrivateSubnet2"])
        let instance = try #require(subnets.flatMap(\.instances).first)
        #expect(instance.node.label == "LabInstance")
        #expect(instance.securityGroups.map(\.label) == ["LabSecurityGroup"])
        #expect(vpc.natGateways.isEmpty)
        #expect(
            subnets.filter(\.isPublic).sorted { $0.node.label < $1.node.label }.map { $0.natGateways.map(\.label) }
                == [["NatGateway1"], ["NatGateway2"]])
        #expect(subnets.allSatisfy { $0.routeTargets.count == 1 })
    }

    @Test func importsMatchedWithoutParameterPlaceTheInstance() throws {
        // Without EnvironmentName the exports have unknown names, but each import of ec2.json
        // matches exactly one export named after the parameter, so the instance still lands
        // in its public subnet.
        let report = MitigationReport(output: try Self.scan(.baseline, parameters: [:]))
        let graph = try #require(report.diagram)
        let instances = graph.vpcs.flatMap(\.zones).flatMap(\.subnets).flatMap(\.instances)
        #expect(instances.map(\.node.label) == ["LabInstance"])
        #expect(instances.first?.securityGroups.map(\.label) == ["LabSecurityGroup"])
        #expect(graph.others.isEmpty)
    }
}
