import Foundation
import RempartRules
import RempartScanner
import Testing

/// checkov IDs that cover both API Gateway stages and SAM APIs, checked through a whole scan.
struct SAMAliasTests {
    static let template = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Orders:
            Type: AWS::Serverless::Api
            Properties:
              StageName: prod
          Reports:
            # checkov:skip=CKV_AWS_73: tracing is off in this test API
            Type: AWS::Serverless::Api
            Properties:
              StageName: prod
        """

    static func findings(ruleID: String) -> [Finding] {
        let options = ScanOptions(rules: AllRules.rules.filter { $0.metadata.isNamed("CKV_AWS_73") }, workingDirectory: "/")
        let result = Scanner(options: options).scan(sources: [Pipeline.Source(file: "sam.yaml", text: template)])
        return result.findings.filter { $0.rule.id == ruleID }
    }

    @Test func samAPIFailsOnlyTheSAMRule() {
        #expect(Self.findings(ruleID: "AVD-AWS-0111").map(\.resource.name).sorted() == ["Orders", "Reports"])
        #expect(Self.findings(ruleID: "AVD-AWS-0003").isEmpty)
    }

    @Test func checkovSkipSuppressesTheSAMRule() {
        let findings = Self.findings(ruleID: "AVD-AWS-0111")
        #expect(findings.first { $0.resource.name == "Orders" }?.suppression == nil)
        #expect(findings.first { $0.resource.name == "Reports" }?.suppression != nil)
    }
}
