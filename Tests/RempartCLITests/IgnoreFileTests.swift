import Foundation
import RempartModel
import RempartRules
import RempartScanner
import RempartSupport
import Testing

struct IgnoreFileTests {
    private static let rule = RuleMetadata(
        id: "AVD-AWS-0107", aliases: ["CKV_AWS_24"], slug: "no-public-ingress-sgr", service: "ec2", severity: .high,
        title: LocalizedText("t", fr: "t"), rationale: LocalizedText("r", fr: "r"),
        remediation: LocalizedText("m", fr: "m"), resourceTypes: ["AWS::EC2::SecurityGroup"])

    private func finding(file: String = "infra/vpc.yaml", resource: String = "LabSecurityGroup") -> Finding {
        let location = RempartSupport.SourceLocation(file: file, line: 10, column: 5)
        return Finding(
            rule: Self.rule,
            resource: .template(type: "AWS::EC2::SecurityGroup", logicalID: resource, at: location), location: location)
    }

    private func day(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text + "T00:00:00Z") ?? Date.distantPast
    }

    @Test func parsesIDsTargetsExpiryAndComments() {
        let file = IgnoreFile(
            text: """
                # accepted risks
                AVD-AWS-0107
                CKV_AWS_24 LabSecurityGroup   # bastion
                AWS-0107 vpc.yaml:LabSecurityGroup exp:2030-01-31

                """, path: ".rempartignore")
        #expect(file.entries.map(\.ruleName) == ["AVD-AWS-0107", "CKV_AWS_24", "AWS-0107"])
        #expect(file.entries[1].resource == "LabSecurityGroup")
        #expect(file.entries[1].comment == "bastion")
        #expect(file.entries[2].file == "vpc.yaml")
        #expect(file.entries[2].expiry == day("2030-01-31"))
        #expect(file.entries[2].location.line == 4)
        #expect(file.diagnostics.isEmpty)
    }

    @Test func invalidExpiryIsReportedAndLineDropped() {
        let file = IgnoreFile(text: "AVD-AWS-0107 exp:2030-02-30\n", path: ".rempartignore")
        #expect(file.entries.isEmpty)
        #expect(
            file.diagnostics.map { $0.formatted(in: .english) } == [
                ".rempartignore:1:1: warning: invalid expiry 'exp:2030-02-30': expected exp:YYYY-MM-DD; the line is ignored"
            ])
    }

    @Test func extraTokensAreReportedWithTheirLineAndLineDropped() {
        let file = IgnoreFile(
            text: "AVD-AWS-0028\naws-0107 SG extra tokens here\nAVD-AWS-0107 Web exp:2030-01-01 Db\n", path: ".rempartignore")
        #expect(file.entries.map(\.ruleName) == ["AVD-AWS-0028"])
        #expect(
            file.diagnostics.map { $0.formatted(in: .english) } == [
                ".rempartignore:2:1: warning: unexpected 'extra' after the target 'SG': a line holds a rule, at most one "
                    + "target and exp:YYYY-MM-DD; start comments with #; the line is ignored",
                ".rempartignore:3:1: warning: unexpected 'Db' after the target 'Web': a line holds a rule, at most one "
                    + "target and exp:YYYY-MM-DD; start comments with #; the line is ignored",
            ])
    }

    @Test func matchesByAliasResourceAndFileSuffix() {
        let file = IgnoreFile(text: "CKV_AWS_24 vpc.yaml:LabSecurityGroup\n", path: "i")
        #expect(file.entry(matching: finding(), today: day("2026-01-01")) != nil)
        #expect(file.entry(matching: finding(resource: "OtherGroup"), today: day("2026-01-01")) == nil)
        #expect(file.entry(matching: finding(file: "infra/myvpc.yaml"), today: day("2026-01-01")) == nil)
    }

    @Test func expiredEntryNoLongerMatches() {
        let file = IgnoreFile(text: "AVD-AWS-0107 exp:2026-03-01\n", path: "i")
        #expect(file.entry(matching: finding(), today: day("2026-02-28")) != nil)
        #expect(file.entry(matching: finding(), today: day("2026-03-01")) == nil)
    }

    @Test func unknownRuleIsReported() {
        let ignoreFile = IgnoreFile(text: "AVD-AWS-0107\nBOGUS-ID # typo\n", path: ".rempartignore")
        let options = ScanOptions(ignoreFile: ignoreFile)
        let result = Scanner(options: options).scan(sources: [Pipeline.Source(file: "t.yaml", text: "Resources:\n  B:\n    Type: AWS::S3::Bucket\n")])
        let warnings = result.diagnostics.filter { $0.level == .warning }
        #expect(warnings.map { $0.formatted(in: .english) } == [".rempartignore:2:1: warning: no rule is named 'BOGUS-ID'; this line suppresses nothing"])
    }
}
