import RempartSupport
import Testing

@testable import RempartScanner

struct SuppressionDirectiveTests {
    private let location = SourceLocation(file: "t.yaml", line: 3, column: 1)

    @Test func readsRempartAndTrivyDirectives() {
        let parsed = SuppressionIndex.directives(
            in: "rempart:ignore:AVD-AWS-0107,AVD-AWS-0124 vendor appliance", at: location)
        #expect(parsed.ignore.map(\.ruleNames) == [["AVD-AWS-0107", "AVD-AWS-0124"]])
        #expect(parsed.ignore.first?.justification == "vendor appliance")

        let trivy = SuppressionIndex.directives(in: "trivy:ignore:AVD-AWS-0107[ports=22]", at: location)
        #expect(trivy.ignore.map(\.ruleNames) == [["AVD-AWS-0107"]])
        #expect(trivy.ignore.first?.justification == nil)
    }

    @Test func readsCheckovSkipWithReason() {
        let parsed = SuppressionIndex.directives(in: "checkov:skip=CKV_AWS_24:Vendor managed", at: location)
        #expect(parsed.checkov.map(\.ruleNames) == [["CKV_AWS_24"]])
        #expect(parsed.checkov.first?.justification == "Vendor managed")
        #expect(parsed.ignore.isEmpty)
    }

    @Test func ignoresOrdinaryComments() {
        let parsed = SuppressionIndex.directives(in: "see rempart docs about ignore: none here", at: location)
        #expect(parsed.ignore.isEmpty)
        #expect(parsed.checkov.isEmpty)
    }
}
