import Foundation
import RempartSecrets
import RempartSupport
import Testing

@testable import RempartScanner

/// The secret scanner inside `Scanner`: template-aware checks, suppressions, filters and the
/// masking of `NoEcho` values.
struct SecretWiringTests {
    /// Secrets are assembled from pieces so this file itself does not trip secret scanners.
    enum Sample {
        static let key = "AKIA" + "Z7QJ4XBNLM2VWR3T"
        static let otherKey = "AKIA" + "Q2WE3RT4YU5IO6PL"
    }

    static func scan(_ text: String, file: String = "t.yaml", options: ScanOptions = ScanOptions()) -> ScanResult {
        Scanner(options: options).scan(sources: [Pipeline.Source(file: file, text: text)])
    }

    static func rows(_ result: ScanResult) -> [String] {
        result.secrets.map { secret in
            let location = secret.finding.location
            return
                "\(location.line):\(location.column) \(secret.finding.ruleID)\(secret.isSuppressed ? " suppressed" : "")"
        }
    }

    @Test func base64UserDataIsDecoded() {
        let script = Data("#!/bin/bash\nexport AWS_ACCESS_KEY_ID=\(Sample.key)\n".utf8).base64EncodedString()
        let result = Self.scan(
            """
            Resources:
              Web:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-12345678
                  UserData: \(script)
            """)
        #expect(Self.rows(result) == ["6:17 aws-access-key-id"])
        #expect(
            result.secrets.first?.finding.maskedLine == "export AWS_ACCESS_KEY_ID=" + String(repeating: "*", count: 20))
    }

    @Test func unknownUserDataIsNotScanned() {
        let result = Self.scan(
            """
            Parameters:
              Script:
                Type: String
            Resources:
              Web:
                Type: AWS::EC2::LaunchTemplate
                Properties:
                  LaunchTemplateData:
                    UserData:
                      Fn::Base64: !Sub "DB_PASSWORD=${Script}"
            """)
        #expect(result.secrets.isEmpty)
    }

    @Test func launchConfigurationPasswordIsFound() {
        let result = Self.scan(
            """
            Resources:
              Workers:
                Type: AWS::AutoScaling::LaunchConfiguration
                Properties:
                  ImageId: ami-12345678
                  InstanceType: t3.micro
                  UserData:
                    Fn::Base64: "mysql -u admin --password=Corr3ctHorse"
            """)
        #expect(Self.rows(result) == ["8:9 user-data-password"])
        #expect(result.secrets.first?.finding.maskedLine == "mysql -u admin --password=************")
    }

    @Test func parameterDefaultsNeedNoEcho() {
        let result = Self.scan(
            """
            Parameters:
              DBPassword:
                Type: String
                Default: Sup3rSecret
              ApiToken:
                Type: String
                NoEcho: 'true'
                Default: Sup3rSecret2
              EnvironmentName:
                Type: String
                Default: prod
              EmptyPassword:
                Type: String
                Default: ''
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
            """)
        #expect(Self.rows(result) == ["4:14 cfn-parameter-secret-default"])
    }

    @Test func noEchoValuesAreMaskedInFindings() throws {
        let result = Self.scan(
            """
            Parameters:
              AdminCidr:
                Type: String
                NoEcho: true
                Default: 0.0.0.0/0
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
                      Description: ssh
            """)
        let finding = try #require(result.findings.first { $0.rule.id == "AVD-AWS-0107" })
        #expect(finding.sourceLine == "          CidrIp: *********")
        #expect(finding.detail.map { !$0.english.contains("0.0.0.0/0") } ?? true)
        #expect(finding.detail.map { !$0.french.contains("0.0.0.0/0") } ?? true)
    }

    @Test func scannersChooseWhatRuns() {
        let template = """
            Parameters:
              DBPassword:
                Type: String
                Default: Sup3rSecret
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
            """
        var options = ScanOptions()
        options.scanners = [.misconfig]
        let misconfig = Self.scan(template, options: options)
        #expect(misconfig.secrets.isEmpty)
        #expect(misconfig.secretScannedFileCount == 0)
        #expect(!misconfig.findings.isEmpty)

        options.scanners = [.secret]
        let secret = Self.scan(template, options: options)
        #expect(secret.findings.isEmpty)
        #expect(secret.rules.isEmpty)
        #expect(Self.rows(secret) == ["4:14 cfn-parameter-secret-default"])
        #expect(secret.highestSeverity == .high)
    }

    @Test func severityFilterAppliesToSecrets() {
        var options = ScanOptions()
        options.severities = [.high]
        let result = Self.scan("KEY=\(Sample.key)\n", file: "a.env", options: options)
        #expect(result.secrets.isEmpty)
        #expect(result.highestSeverity == nil)
    }

    @Test func templateSecretHonoursComments() {
        let result = Self.scan(
            """
            Parameters:
              DBPassword:
                Type: String
                # rempart:ignore:cfn-parameter-secret-default local test stack only
                Default: Sup3rSecret
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
            """)
        #expect(Self.rows(result) == ["5:14 cfn-parameter-secret-default suppressed"])
        #expect(result.secrets.first?.suppression?.justification == "local test stack only")
        #expect(result.diagnostics.isEmpty)
    }

    // MARK: - Directives

    struct DirectiveCase: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var line: Int
        var isSuppressed: Bool
        var testDescription: String { name }
    }

    static let directiveCases: [DirectiveCase] = [
        DirectiveCase(
            name: "same line, hash", text: "K=x # rempart:ignore:aws-access-key-id", line: 1, isSuppressed: true),
        DirectiveCase(
            name: "same line, trivy, no space", text: "K=x #trivy:ignore:aws-access-key-id", line: 1, isSuppressed: true
        ),
        DirectiveCase(
            name: "line above", text: "// rempart:ignore:aws-access-key-id\nK=x", line: 2, isSuppressed: true),
        DirectiveCase(
            name: "comment block above", text: "<!-- trivy:ignore:aws-access-key-id -->\n# why\nK=x", line: 3,
            isSuppressed: true),
        DirectiveCase(
            name: "code line between", text: "# rempart:ignore:aws-access-key-id\nA=1\nK=x", line: 3,
            isSuppressed: false),
        DirectiveCase(name: "other rule", text: "K=x # rempart:ignore:github-pat", line: 1, isSuppressed: false),
        DirectiveCase(
            name: "list of rules", text: "K=x # rempart:ignore:github-pat,AWS-ACCESS-KEY-ID", line: 1,
            isSuppressed: true),
    ]

    @Test(arguments: directiveCases)
    func directiveSuppresses(_ testCase: DirectiveCase) {
        let directives = SecretDirectives(text: testCase.text, file: "f")
        let suppression = directives?.suppression(ruleID: "aws-access-key-id", line: testCase.line)
        #expect((suppression != nil) == testCase.isSuppressed)
    }

    @Test func sameLineDirectiveDropsItsJustification() throws {
        let result = Self.scan("# rempart:ignore:aws-access-key-id \(Sample.otherKey)\nK=\(Sample.key)\n", file: "a.sh")
        #expect(Self.rows(result) == ["1:36 aws-access-key-id suppressed", "2:3 aws-access-key-id suppressed"])
        // The line above holds a secret after its directive, so it is never printed as a reason.
        #expect(result.secrets.allSatisfy { $0.suppression?.justification == nil })
    }

    // MARK: - Ignore file

    struct IgnoreCase: CustomTestStringConvertible, Sendable {
        var line: String
        var file: String
        var matches: Bool
        var testDescription: String { "\(line) on \(file)" }
    }

    static let ignoreCases: [IgnoreCase] = [
        IgnoreCase(line: "aws-access-key-id", file: "a/.env", matches: true),
        IgnoreCase(line: "AWS-Access-Key-ID", file: "a/.env", matches: true),
        IgnoreCase(line: "aws-access-key-id .env", file: "a/.env", matches: true),
        IgnoreCase(line: "aws-access-key-id a/.env:", file: "a/.env", matches: true),
        IgnoreCase(line: "aws-access-key-id b.env", file: "a/.env", matches: false),
        IgnoreCase(line: "aws-access-key-id a/.env:Bucket", file: "a/.env", matches: false),
        IgnoreCase(line: "aws-access-key-id exp:2000-01-01", file: "a/.env", matches: false),
        IgnoreCase(line: "github-pat", file: "a/.env", matches: false),
    ]

    @Test(arguments: ignoreCases)
    func ignoreFileMatchesSecrets(_ testCase: IgnoreCase) {
        let file = IgnoreFile(text: testCase.line, path: ".rempartignore")
        let entry = file.entry(matchingSecret: "aws-access-key-id", file: testCase.file, today: Date())
        #expect((entry != nil) == testCase.matches)
    }
}
