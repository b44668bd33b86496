import Foundation
import RempartRules
import RempartScanner
import RempartSupport
import Testing

@testable import RempartReport

/// SARIF `partialFingerprints` identify a finding by rule, file, resource and property path, not by line.
struct SARIFFingerprintTests {
    static let template = """
        Resources:
          AdminGroup:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: admin
              SecurityGroupIngress:
                - IpProtocol: tcp
                  FromPort: 80
                  ToPort: 80
                  CidrIp: 10.0.0.0/8
                  Description: web
                - IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  CidrIp: 0.0.0.0/0
                  Description: ssh from anywhere
        """

    /// The fingerprints of the AVD-AWS-0107 results, with their lines.
    static func results(_ text: String) throws -> [(line: Int, fingerprint: String)] {
        let result = Scanner().scan(sources: [Pipeline.Source(file: "group.yaml", text: text)])
        let data = try SARIFReporter(options: ReportOptions(toolVersion: "test")).data(result)
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        let entries = try #require(runs.first?["results"] as? [[String: Any]])
        return entries.filter { $0["ruleId"] as? String == "AVD-AWS-0107" }.compactMap { entry in
            let locations = entry["locations"] as? [[String: Any]]
            let physical = locations?.first?["physicalLocation"] as? [String: Any]
            let line = (physical?["region"] as? [String: Any])?["startLine"] as? Int
            let fingerprint = (entry["partialFingerprints"] as? [String: String])?["rempartFinding/v2"]
            guard let line, let fingerprint else { return nil }
            return (line, fingerprint)
        }
    }

    @Test func fingerprintSurvivesLinesInsertedAbove() throws {
        let before = try Self.results(Self.template)
        let after = try Self.results("# owner: network team\n# reviewed yearly\n\n" + Self.template)
        #expect(before.map(\.line) == [15])
        #expect(after.map(\.line) == [18])
        #expect(before.map(\.fingerprint) == after.map(\.fingerprint))
        #expect(before.first?.fingerprint.count == 16)
    }

    @Test func fingerprintFollowsThePropertyPath() throws {
        let result = Scanner().scan(sources: [Pipeline.Source(file: "group.yaml", text: Self.template)])
        let finding = try #require(result.findings.first { $0.rule.id == "AVD-AWS-0107" })
        #expect(finding.propertyPath == "SecurityGroupIngress[1].CidrIp")

        var moved = finding
        moved.propertyPath = "SecurityGroupIngress[0].CidrIp"
        #expect(SARIFReporter.fingerprint(of: moved, file: "group.yaml") != SARIFReporter.fingerprint(of: finding, file: "group.yaml"))
        var shifted = finding
        shifted.location?.line += 40
        #expect(SARIFReporter.fingerprint(of: shifted, file: "group.yaml") == SARIFReporter.fingerprint(of: finding, file: "group.yaml"))
    }

    @Test func helpURIFallbackMatchesRuleLinks() {
        let rule = RuleMetadata(
            id: "AVD-AWS-0006", slug: "enable-at-rest-encryption", service: "athena", severity: .high,
            title: LocalizedText("t", fr: "t"), rationale: LocalizedText("r", fr: "r"),
            remediation: LocalizedText("m", fr: "m"), resourceTypes: ["AWS::Athena::WorkGroup"])
        #expect(SARIFReporter.helpURI(for: rule) == "https://avd.aquasec.com/misconfig/aws/athena/avd-aws-0006/")
    }
}
