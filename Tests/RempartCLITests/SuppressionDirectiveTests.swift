import Foundation
import RempartSupport
import RempartTemplate
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

    @Test func readsTrivyExpiryDate() {
        let parsed = SuppressionIndex.directives(in: "trivy:ignore:AVD-AWS-0107:exp:2027-01-31 vendor", at: location)
        #expect(parsed.ignore.map(\.ruleNames) == [["AVD-AWS-0107"]])
        #expect(parsed.ignore.first?.expiry == Date(timeIntervalSince1970: 1_801_353_600))
        #expect(parsed.ignore.first?.justification == "vendor")

        let invalid = SuppressionIndex.directives(in: "trivy:ignore:AVD-AWS-0107:exp:soon", at: location)
        #expect(invalid.ignore.first?.expiry == .distantPast)
    }

    @Test func expiryAndWildcardInScan() {
        let template = """
            Resources:
              # trivy:ignore:AVD-AWS-0107:exp:2027-01-31
              Current:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: current
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: ssh}
              # trivy:ignore:AVD-AWS-0107:exp:2026-01-31
              Expired:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: expired
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: ssh}
              # trivy:ignore:*
              Everything:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: everything
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: 0.0.0.0/0}
            """
        // 2026-12-04 at noon UTC.
        let options = ScanOptions(today: Date(timeIntervalSince1970: 1_796_385_600))
        let result = Scanner(options: options).scan(sources: [Pipeline.Source(file: "t.yaml", text: template)])
        let states = result.findings.map { "\($0.resource.name) \($0.rule.id) \($0.isSuppressed)" }.sorted()
        #expect(
            states == [
                "Current AVD-AWS-0107 true", "Everything AVD-AWS-0107 true", "Everything AVD-AWS-0124 true",
                "Expired AVD-AWS-0107 false",
            ])
    }

    @Test func honoursTfsecDirectivesAsTrivyDoes() {
        let template = """
            Resources:
              # tfsec:ignore:aws-ec2-no-public-ingress-sgr
              ByLongID:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: long
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: ssh}
              ByAVDID:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: avd
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: ssh} # tfsec:ignore:AVD-AWS-0107
              NotCovered:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: other
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: ssh} # tfsec:ignore:AVD-AWS-0028
            """
        let result = Scanner().scan(sources: [Pipeline.Source(file: "t.yaml", text: template)])
        let states = result.findings.filter { $0.rule.id == "AVD-AWS-0107" }
            .map { "\($0.resource.name) \($0.isSuppressed)" }.sorted()
        #expect(states == ["ByAVDID true", "ByLongID true", "NotCovered false"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func commentAboveListItemCoversIt() {
        let template = """
            Resources:
              Group:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: vendor
                  SecurityGroupIngress:
                    #trivy:ignore:AVD-AWS-0107
                    - IpProtocol: tcp
                      FromPort: 22
                      ToPort: 22
                      CidrIp: 0.0.0.0/0
                      Description: ssh
                    - IpProtocol: tcp
                      FromPort: 3389
                      ToPort: 3389
                      CidrIp: 0.0.0.0/0
                      Description: rdp
            """
        let result = Scanner().scan(sources: [Pipeline.Source(file: "t.yaml", text: template)])
        let states = result.findings.filter { $0.rule.id == "AVD-AWS-0107" }
            .map { "\($0.location?.line ?? 0) \($0.isSuppressed)" }
        #expect(states == ["11 true", "16 false"])
    }

    @Test func blockStartsInnermostFirst() throws {
        let text = "Resources:\n  G:\n    Type: AWS::S3::Bucket\n    Properties:\n      List:\n        - A: 1\n          B: 2\n        - A: 3\n"
        let template = try TemplateReader.read(Data(text.utf8), file: "t.yaml")
        guard case .template(let parsed) = template, let resource = parsed.declaredResources.first else {
            Issue.record("not a template")
            return
        }
        #expect(SuppressionIndex.blockStarts(containing: 7, in: resource.value, end: Int.max) == [7, 6, 5, 4])
        #expect(SuppressionIndex.blockStarts(containing: 8, in: resource.value, end: Int.max) == [8, 5, 4])
    }

    @Test func unknownRempartIDIsReported() {
        let template = """
            Resources:
              # rempart:ignore:AVD-AWS-9999,AVD-AWS-0107 typo
              # trivy:ignore:AVD-AWS-0001
              Group:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: vendor
            """
        let result = Scanner().scan(sources: [Pipeline.Source(file: "t.yaml", text: template)])
        let warnings = result.diagnostics.filter { $0.level == .warning }.map { $0.formatted(in: .english) }
        #expect(warnings == ["t.yaml:2:1: warning: no rule is named 'AVD-AWS-9999'; this comment suppresses nothing for it"])
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
