import Foundation
import RempartModel
import RempartRules
import RempartScanner
import RempartSupport
import Testing

/// Checks rule logic that templates cannot reach, or that deserves a table of cases.
struct RuleLogicTests {
    @Test func mfaDeleteRuleIsLiveOnlyAndCompliance() throws {
        let rule = try #require(AllRules.rule(named: "AVD-AWS-0170"))
        #expect(rule.metadata.scope == .liveOnly)
        #expect(!rule.metadata.runsByDefault)

        let address = ResourceAddress.live(type: "AWS::S3::Bucket", id: "example-archive", region: "us-east-1")
        var state = AWSState()
        state.add(
            S3Bucket(
                address: address, name: .explicit("example-archive", at: address.origin),
                encryptionRules: .defaulted([], at: address.origin), versioningStatus: .explicit("Enabled", at: address.origin),
                mfaDelete: .explicit(false, at: address.origin), logging: nil, publicAccessBlock: nil,
                acl: .defaulted("private", at: address.origin), policies: [], replicationDestinations: [],
                objectLockEnabled: .defaulted(false, at: address.origin), hostsWebsite: false))
        #expect(rule.evaluate(state).map(\.status) == [.failed])
    }

    @Test func deprecatedAndComplianceRulesStayOutOfScans() {
        let template = """
            Resources:
              PlainBucket:
                Type: AWS::S3::Bucket
            """
        let output = Pipeline.run([Pipeline.Source(file: "t.yaml", text: template)])
        let ruleIDs = Set(output.results.map(\.ruleID))
        #expect(!ruleIDs.contains("AVD-AWS-0088"))
        #expect(!ruleIDs.contains("AVD-AWS-0170"))
        #expect(ruleIDs.contains("AVD-AWS-0132"))
    }

    struct SecretCase: CustomTestStringConvertible, Sendable {
        let text: String
        let isSecret: Bool
        var testDescription: String { text }
    }

    static let secretCases: [SecretCase] = [
        SecretCase(text: "export DATABASE_PASSWORD=password1234", isSecret: true),
        SecretCase(text: "aws configure set aws_access_key_id AKIA2E0A8F3B244C9986", isSecret: true),
        SecretCase(text: "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY", isSecret: true),
        SecretCase(text: "-----BEGIN RSA PRIVATE KEY-----\nMIIEow", isSecret: true),
        SecretCase(text: "git clone https://deploy:hunter22@git.example.com/app.git", isSecret: true),
        SecretCase(text: "GITHUB_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345", isSecret: true),
        SecretCase(text: "export SSM_PATH=/database/creds", isSecret: false),
        SecretCase(text: "export DB_PASSWORD=$(aws ssm get-parameter --name db)", isSecret: false),
        SecretCase(text: "PASSWORD=${DB_PASSWORD}", isSecret: false),
        SecretCase(text: "export DB_PASSWORD_PARAMETER=/app/db/password", isSecret: false),
        SecretCase(text: "git clone https://git.example.com/app.git", isSecret: false),
        SecretCase(text: "yum install -y nginx", isSecret: false),
    ]

    @Test(arguments: secretCases)
    func userDataSecretsAreDetected(_ testCase: SecretCase) {
        let template = """
            Resources:
              Worker:
                Type: AWS::AutoScaling::LaunchConfiguration
                Properties:
                  ImageId: ami-0abcdef1234567890
                  InstanceType: t3.micro
                  UserData:
                    Fn::Base64: \(String(decoding: try! JSONEncoder().encode(testCase.text), as: UTF8.self))
            """
        let rule = AllRules.rule(named: "AVD-AWS-0122")
        let (_, results) = RulesTestSupport.evaluate([Pipeline.Source(file: "t.yaml", text: template)], rules: [rule].compactMap { $0 })
        #expect(results.map(\.isFailure) == [testCase.isSecret])
    }

    @Test func userDataSecretDetailNamesKind() {
        let template = """
            Resources:
              Web:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-0abcdef1234567890
                  UserData:
                    Fn::Base64: "export AWS_ACCESS_KEY_ID=AKIA2E0A8F3B244C9986"
            """
        let rule = AllRules.rule(named: "AVD-AWS-0029")
        let (_, results) = RulesTestSupport.evaluate([Pipeline.Source(file: "t.yaml", text: template)], rules: [rule].compactMap { $0 })
        let detail = results.first?.detail
        #expect(detail?.english == "user data contains a secret: AWS access key ID")
        #expect(detail?.french == "les données utilisateur contiennent un secret : ID de clé d'accès AWS")
    }

    struct PortCase: CustomTestStringConvertible, Sendable {
        let ipProtocol: String
        let from: Int?
        let to: Int?
        let reachesSSH: Bool
        var testDescription: String { "\(ipProtocol) \(from.map(String.init) ?? "-")..\(to.map(String.init) ?? "-")" }
    }

    static let portCases: [PortCase] = [
        PortCase(ipProtocol: "tcp", from: 22, to: 22, reachesSSH: true),
        PortCase(ipProtocol: "6", from: 0, to: 65535, reachesSSH: true),
        PortCase(ipProtocol: "udp", from: 20, to: 30, reachesSSH: true),
        PortCase(ipProtocol: "tcp", from: 100, to: 300, reachesSSH: false),
        PortCase(ipProtocol: "tcp", from: 30, to: 20, reachesSSH: false),
        PortCase(ipProtocol: "-1", from: nil, to: nil, reachesSSH: true),
        PortCase(ipProtocol: "-1", from: 443, to: 443, reachesSSH: true),
        PortCase(ipProtocol: "icmp", from: -1, to: -1, reachesSSH: false),
        PortCase(ipProtocol: "tcp", from: -1, to: -1, reachesSSH: true),
        PortCase(ipProtocol: "50", from: nil, to: nil, reachesSSH: false),
    ]

    @Test(arguments: portCases)
    func portRangesReachSSH(_ testCase: PortCase) {
        var lines = ["    - Description: probe", "      IpProtocol: \"\(testCase.ipProtocol)\"", "      CidrIp: 0.0.0.0/0"]
        if let from = testCase.from { lines.append("      FromPort: \(from)") }
        if let to = testCase.to { lines.append("      ToPort: \(to)") }
        let template = """
            Resources:
              Group:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: probe
                  SecurityGroupIngress:
            \(lines.map { "      " + $0 }.joined(separator: "\n"))
            """
        let rule = AllRules.rule(named: "AVD-AWS-0107")
        let (_, results) = RulesTestSupport.evaluate([Pipeline.Source(file: "t.yaml", text: template)], rules: [rule].compactMap { $0 })
        #expect(results.map(\.isFailure) == [testCase.reachesSSH])
    }

    @Test func sensitivePortDetailInFrench() throws {
        let template = """
            Resources:
              Group:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: probe
                  SecurityGroupIngress:
                    - Description: agents
                      IpProtocol: tcp
                      FromPort: 1514
                      ToPort: 1515
                      CidrIp: 0.0.0.0/0
                    - Description: containers
                      IpProtocol: tcp
                      FromPort: 2375
                      ToPort: 2380
                      CidrIp: 0.0.0.0/0
            """
        let rule = try #require(AllRules.rule(named: "RMP-AWS-0001"))
        let (_, results) = RulesTestSupport.evaluate([Pipeline.Source(file: "t.yaml", text: template)], rules: [rule])
        let details = results.compactMap(\.detail)
        #expect(details.map(\.english) == [
            "tcp 1514-1515 open to 0.0.0.0/0 (Wazuh/OSSEC agents)",
            "tcp 2375-2380 open to 0.0.0.0/0 (Docker API, etcd)",
        ])
        #expect(details.map(\.french) == [
            "tcp 1514-1515 ouvert à 0.0.0.0/0 (agents Wazuh/OSSEC)",
            "tcp 2375-2380 ouvert à 0.0.0.0/0 (API Docker, etcd)",
        ])
    }
}
