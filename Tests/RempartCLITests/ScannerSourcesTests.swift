import RempartScanner
import Testing

/// Scans of templates held in memory: the path tests and rule examples use.
struct ScannerSourcesTests {
    static let openGroup = """
        Resources:
          AdminGroup:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: admin
              SecurityGroupIngress:
                - IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  CidrIp: 0.0.0.0/0
                  Description: ssh from anywhere
        """

    @Test func findingCarriesItsSourceLine() {
        let result = Scanner().scan(sources: [Pipeline.Source(file: "group.yaml", text: Self.openGroup)])
        let finding = result.findings.first { $0.rule.id == "AVD-AWS-0107" }
        #expect(finding?.location?.line == 10)
        #expect(finding?.sourceLine == "          CidrIp: 0.0.0.0/0")
        #expect(result.fileCount(.scanned) == 1)
    }

    @Test func brokenSourceIsRejectedOthersScanned() {
        let result = Scanner().scan(sources: [
            Pipeline.Source(file: "broken.yaml", text: "Resources: [\n"),
            Pipeline.Source(file: "group.yaml", text: Self.openGroup),
            Pipeline.Source(file: "other.yaml", text: "name: not a template\n"),
        ])
        #expect(result.files.map(\.status) == [.rejected, .scanned, .skipped])
        #expect(result.files.first?.error?.location?.file == "broken.yaml")
        #expect(result.findings.contains { $0.rule.id == "AVD-AWS-0107" })
    }

    @Test func severityFilterKeepsCounts() {
        var options = ScanOptions()
        options.severities = [.low]
        let result = Scanner(options: options).scan(sources: [Pipeline.Source(file: "group.yaml", text: Self.openGroup)])
        #expect(result.findings.allSatisfy { $0.rule.severity == .low })
        #expect((result.counts["group.yaml"]?.failed ?? 0) > result.findings.count)
    }
}
