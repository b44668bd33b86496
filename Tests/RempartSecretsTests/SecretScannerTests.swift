import Foundation
import RempartSupport
import Testing

@testable import RempartSecrets

/// Secrets are assembled from pieces so this file itself does not trip secret scanners.
private enum Sample {
    static let accessKeyID = "AKIA" + "Z7QJ4XBNLM2VWR3T"
    static let secretAccessKey = "wK3pR8vN2qL5xT9" + "mB4cF7hJ1dG6sA0zY8eU2iO5q"
    static let githubToken = "ghp_" + String(repeating: "a1B2", count: 9)
}

struct SecretScannerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var ruleID: String?
        var line: Int = 1
        var column: Int = 1
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "access key ID in YAML", text: "key: \(Sample.accessKeyID)\n", ruleID: "aws-access-key-id", column: 6),
        Case(
            name: "secret key after assignment",
            text: "# settings\naws_secret_access_key = \(Sample.secretAccessKey)\n", ruleID: "aws-secret-access-key",
            line: 2, column: 25),
        Case(
            name: "private key header", text: "a\nb\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n", ruleID: "private-key",
            line: 3),
        Case(name: "GitHub token", text: "token: '\(Sample.githubToken)'", ruleID: "github-pat", column: 9),
        Case(name: "AWS documentation key", text: "AKIAIOSFODNN7EXAMPLE", ruleID: nil),
        Case(name: "too short to be a key", text: "AKIA1234", ruleID: nil),
        Case(name: "key inside a longer word", text: "X\(Sample.accessKeyID)9", ruleID: nil),
        Case(name: "plain text", text: "nothing to see here\n", ruleID: nil),
    ]

    @Test(arguments: cases)
    func findsOrIgnores(_ testCase: Case) {
        let findings = SecretScanner().scan(text: testCase.text, file: "f.yaml")
        guard let ruleID = testCase.ruleID else {
            #expect(findings.isEmpty)
            return
        }
        #expect(findings.map(\.ruleID) == [ruleID])
        #expect(findings.first?.location == SourceLocation(file: "f.yaml", line: testCase.line, column: testCase.column))
    }

    @Test func masksTheSecretInTheLine() throws {
        let findings = SecretScanner().scan(text: "  AccessKey: \(Sample.accessKeyID)  \r\n", file: "t.yaml")
        let finding = try #require(findings.first)
        #expect(finding.maskedLine == "AccessKey: " + String(repeating: "*", count: 20))
        #expect(!finding.maskedLine.contains(Sample.accessKeyID))
    }

    @Test func skipsBinaryData() {
        var data = Data(Sample.accessKeyID.utf8)
        data.append(0)
        #expect(SecretScanner().scan(data, file: "bin").isEmpty)
    }

    @Test func reportsEveryMatchSorted() {
        let text = "b: \(Sample.githubToken)\na: \(Sample.accessKeyID)\n"
        let findings = SecretScanner().scan(text: text, file: "x")
        #expect(findings.map(\.ruleID) == ["github-pat", "aws-access-key-id"])
        #expect(findings.map(\.location.line) == [1, 2])
    }

    @Test func everyRuleHasFrenchText() {
        for rule in SecretRules.all {
            #expect(!rule.title.french.isEmpty, "\(rule.id)")
            #expect(rule.title.french != rule.title.english || rule.id == "jwt-token", "\(rule.id)")
        }
    }
}

struct ParameterSecretCheckTests {
    @Test func flagsPasswordDefaultWithoutNoEcho() throws {
        let location = SourceLocation(file: "t.yaml", line: 4, column: 3)
        let finding = try #require(
            ParameterSecretCheck.check(parameter: "DBPassword", defaultValue: "hunter22", isNoEcho: false, at: location))
        #expect(finding.ruleID == "cfn-parameter-secret-default")
        #expect(finding.location == location)
        #expect(!finding.maskedLine.contains("hunter22"))
    }

    @Test func acceptsNoEchoOrNoDefault() {
        let location = SourceLocation(file: "t.yaml", line: 4, column: 3)
        #expect(ParameterSecretCheck.check(parameter: "DBPassword", defaultValue: "x1", isNoEcho: true, at: location) == nil)
        #expect(ParameterSecretCheck.check(parameter: "DBPassword", defaultValue: nil, isNoEcho: false, at: location) == nil)
        #expect(ParameterSecretCheck.check(parameter: "InstanceType", defaultValue: "t3", isNoEcho: false, at: location) == nil)
    }

    @Test func findsPasswordsInUserData() {
        let location = SourceLocation(file: "t.yaml", line: 10, column: 7)
        let script = "#!/bin/bash\nexport DB_PASSWORD=S3cretValue\nmysql --password \"$DB_PASSWORD\"\n"
        let findings = ParameterSecretCheck.scanUserData(script, at: location)
        #expect(findings.count == 1)
        #expect(findings.first?.maskedLine == "export DB_PASSWORD=***********")
    }
}

struct SharedPatternTests {
    @Test func firstMatchCountsDocumentationKeys() {
        let scanner = SecretScanner(rules: SecretRules.all + SecretRules.embedded)
        #expect(scanner.firstMatch(in: "AKIAIOSFODNN7EXAMPLE")?.id == "aws-access-key-id")
        #expect(SecretScanner().scan(text: "AKIAIOSFODNN7EXAMPLE", file: "f").isEmpty)
    }

    @Test func embeddedRulesStayOutOfFileScans() {
        let text = "git clone https://deploy:hunter22@git.example.com/app.git\nDB_PASSWORD=hunter22\n"
        #expect(SecretScanner().scan(text: text, file: "f").isEmpty)
        let embedded = SecretScanner(rules: SecretRules.embedded).scan(text: text, file: "f")
        #expect(embedded.map(\.ruleID) == ["password-in-url", "user-data-password"])
        #expect(embedded.map(\.maskedLine) == [
            "git clone https://deploy:********@git.example.com/app.git", "DB_PASSWORD=********",
        ])
    }

    @Test func keywordsMatchAnyCase() {
        let key = "AKIA" + "Z7QJ4XBNLM2VWR3T"
        #expect(SecretScanner().scan(text: "x=\(key)", file: "f").map(\.ruleID) == ["aws-access-key-id"])
        #expect(SecretScanner().scan(Data("x=\(key.lowercased())".utf8), file: "f").isEmpty)
    }

    @Test func everyKeywordIsLowerCase() {
        for rule in SecretRules.all + SecretRules.embedded {
            #expect(rule.keywords.allSatisfy { $0 == $0.lowercased() }, "\(rule.id)")
        }
    }
}

struct SecretNameTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var isSecret: Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "DBPassword", isSecret: true),
        Case(name: "ApiToken", isSecret: true),
        Case(name: "db_master_passwd", isSecret: true),
        Case(name: "GitHubPrivateKey", isSecret: true),
        Case(name: "SecretName", isSecret: false),
        Case(name: "DBPasswordARN", isSecret: false),
        Case(name: "token-parameter-path", isSecret: false),
        Case(name: "MinPasswordLength", isSecret: false),
        Case(name: "InstanceType", isSecret: false),
    ]

    @Test(arguments: cases)
    func parameterNameSaysSecret(_ testCase: Case) {
        #expect(ParameterSecretCheck.isSecretName(testCase.name) == testCase.isSecret)
    }
}
