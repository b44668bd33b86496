import RempartScanner
import RempartSupport
import Testing

/// Values of the wrong kind are reported as invalid at their location, never as a missing property.
struct InvalidValueTests {
    static func scan(_ text: String) -> ScanResult {
        Scanner().scan(sources: [Pipeline.Source(file: "t.yaml", text: text)])
    }

    static func errors(_ result: ScanResult) -> [String] {
        result.diagnostics.filter { $0.level == .error }.map { $0.formatted(in: .english) }
    }

    @Test func ingressItemThatIsAStringOrNullIsInvalid() {
        let result = Self.scan(
            """
            Resources:
              Group:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: web
                  SecurityGroupIngress:
                    - "tcp 22 from anywhere"
                    -
                    - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8, Description: https}
            """)
        #expect(!result.findings.contains { $0.rule.id == "AVD-AWS-0124" })
        #expect(
            Self.errors(result) == [
                "t.yaml:7:11: error: invalid value: an item of 'SecurityGroupIngress' must be a mapping, found "
                    + "\"tcp 22 from anywhere\"; CloudFormation rejects it, and checks on it are undecided",
                "t.yaml:8:10: error: invalid value: an item of 'SecurityGroupIngress' must be a mapping, found "
                    + "null; CloudFormation rejects it, and checks on it are undecided",
            ])
        #expect(result.undecided.allSatisfy { [7, 8].contains($0.location?.line) })
    }

    @Test func ingressThatIsAStringIsInvalid() {
        let result = Self.scan(
            """
            Resources:
              Group:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: web
                  SecurityGroupIngress: "text"
            """)
        #expect(
            Self.errors(result) == [
                "t.yaml:6:29: error: invalid value: 'SecurityGroupIngress' must be a list, found \"text\"; "
                    + "CloudFormation rejects it, and checks on it are undecided"
            ])
        #expect(result.undecidedCount > 0)
    }

    /// A file whose only resource has a list as its `Type` is not recognised as a template, so a
    /// second resource makes it one.
    @Test func typeThatIsAListIsNotAString() {
        let result = Self.scan(
            """
            Resources:
              Bucket:
                Type: [AWS::S3::Bucket]
              Logs:
                Type: AWS::S3::Bucket
            """)
        #expect(
            Self.errors(result) == [
                "t.yaml:3:11: error: the Type of resource 'Bucket' must be a string such as 'AWS::S3::Bucket'; "
                    + "it is skipped"
            ])
    }

    @Test func otherAdaptersListsRejectScalarsToo() {
        let result = Self.scan(
            """
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketEncryption:
                    ServerSideEncryptionConfiguration: AES256
            """)
        #expect(
            Self.errors(result) == [
                "t.yaml:6:44: error: invalid value: 'BucketEncryption.ServerSideEncryptionConfiguration' must be a "
                    + "list, found \"AES256\"; CloudFormation rejects it, and checks on it are undecided"
            ])
    }
}
