import Foundation
import Testing

@testable import RempartReport

/// The hand-written finding writer must give the bytes `JSONEncoder` gives, for every shape of
/// finding and every character a template may hold.
struct PrettyJSONWriterTests {
    private static let awkward: String = {
        var text = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
        text += "\u{7F}é\u{2028}\u{2029}😀\"\\/<>&' ${AWS::Region} \u{FEFF}"
        return text
    }()

    private static let findings: [JSONReport.Finding] = [
        JSONReport.Finding(
            ruleId: "AVD-AWS-0107", slug: "ec2-no-public-ingress-sgr", aliases: [], severity: "HIGH",
            title: "Security groups restrict ingress", detail: nil, remediation: "Narrow `CidrIp`.",
            resource: JSONReport.Resource(type: "AWS::EC2::SecurityGroup", logicalId: "Group", region: nil),
            location: nil, links: [], suppressed: false, suppression: nil),
        JSONReport.Finding(
            ruleId: "RMP-AWS-0001", slug: "world-open", aliases: ["CKV_AWS_24", "CKV_AWS_25"], severity: "CRITICAL",
            title: awkward, detail: "port 22 open to 0.0.0.0/0 — « accès »", remediation: awkward,
            resource: JSONReport.Resource(type: "AWS::EC2::Instance", logicalId: "i-0abc", region: "ca-central-1"),
            location: JSONReport.Location(file: "dir/été/vpc.yaml", line: 12, column: 7),
            links: ["https://example.com/a/b"], suppressed: true,
            suppression: JSONReport.SuppressionEntry(
                kind: "inSource", source: "comment", justification: awkward,
                location: JSONReport.Location(file: "vpc.yaml", line: 11, column: 1))),
        JSONReport.Finding(
            ruleId: "AVD-AWS-0089", slug: "s3-enable-bucket-logging", aliases: ["CKV_AWS_18"], severity: "LOW",
            title: "t", detail: "", remediation: "r",
            resource: JSONReport.Resource(type: "AWS::S3::Bucket", logicalId: "", region: ""),
            location: JSONReport.Location(file: "", line: 0, column: Int.max), links: [], suppressed: true,
            suppression: JSONReport.SuppressionEntry(
                kind: "external", source: "ignoreFile", justification: nil, location: nil)),
    ]

    @Test(arguments: findings.indices)
    func writesWhatJSONEncoderWrites(index: Int) throws {
        let finding = Self.findings[index]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(finding), as: UTF8.self)
        var writer = PrettyJSONWriter()
        JSONReporter.write(finding, to: &writer)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }

    @Test func nestedDepthIndentsLikeTheEncoder() throws {
        var writer = PrettyJSONWriter(depth: 2)
        JSONReporter.write(Self.findings[1], to: &writer)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let wrapped = String(decoding: try encoder.encode(["findings": [Self.findings[1]]]), as: UTF8.self)
        let written = String(decoding: writer.bytes, as: UTF8.self)
        #expect(wrapped.contains("    " + written))
    }

    @Test func emptyArraysLeaveABlankLine() {
        var writer = PrettyJSONWriter()
        writer.beginObject()
        writer.key("list")
        writer.strings([])
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "{\n  \"list\" : [\n\n  ]\n}")
    }
}
