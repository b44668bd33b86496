import Foundation
import RempartModel
import RempartRules
import RempartScanner
import RempartSupport
import Testing

/// Reads IAM policy documents in every form CloudFormation accepts and checks how the model
/// answers wildcard, principal and condition questions.
struct PolicyDocumentTests {
    /// Returns the first `AWS::IAM::Policy` document of `template`.
    private func document(_ template: String) throws -> PolicyDocument {
        let output = Pipeline.run([Pipeline.Source(file: "policy.yaml", text: template)], rules: [])
        let policy = try #require(output.state.all(IAMPolicy.self).first)
        return try #require(policy.document.value ?? nil)
    }

    @Test func singleStatementAndScalarFieldsReadAsLists() throws {
        let document = try document(
            """
            Resources:
              Policy:
                Type: AWS::IAM::Policy
                Properties:
                  PolicyName: p
                  PolicyDocument:
                    Statement:
                      Effect: Allow
                      Action: s3:GetObject
                      Resource: arn:aws:s3:::reports/*
            """)
        #expect(document.statements.count == 1)
        let statement = try #require(document.statements.first)
        #expect(statement.isAllow)
        #expect(statement.actions.values == ["s3:GetObject"])
        #expect(statement.actions.isScalar)
        #expect(statement.resources.values == ["arn:aws:s3:::reports/*"])
        #expect(!statement.resources.containsWildcard)
    }

    @Test func jsonStringDocumentIsParsed() throws {
        let document = try document(
            """
            Resources:
              Policy:
                Type: AWS::IAM::Policy
                Properties:
                  PolicyName: p
                  PolicyDocument: '{"Statement": [{"Effect": "Deny", "Action": ["s3:*"], "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": false}}}]}'
            """)
        let statement = try #require(document.statements.first)
        #expect(statement.isDeny)
        #expect(statement.actions.values == ["s3:*"])
        #expect(statement.resources.containsWildcard)
        #expect(statement.conditions == [
            PolicyCondition(
                operator: "Bool", key: "aws:SecureTransport",
                values: PolicyValueList(values: ["false"], isScalar: true, origin: statement.conditions.first?.values.origin))
        ])
    }

    @Test func referencesAreLinksNotUnknowns() throws {
        let document = try document(
            """
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
              Policy:
                Type: AWS::IAM::Policy
                Properties:
                  PolicyName: p
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: s3:GetObject
                        Resource: !GetAtt Bucket.Arn
            """)
        let resources = try #require(document.statements.first).resources
        #expect(resources.values.isEmpty)
        #expect(resources.references.map(\.logicalID) == ["Bucket"])
        #expect(!resources.hasUnresolved)
        #expect(!resources.containsWildcard)
    }

    struct PrincipalCase: CustomTestStringConvertible, Sendable {
        let principal: String
        let isEveryone: Bool
        var testDescription: String { principal }
    }

    static let principalCases: [PrincipalCase] = [
        PrincipalCase(principal: "'*'", isEveryone: true),
        PrincipalCase(principal: "{AWS: '*'}", isEveryone: true),
        PrincipalCase(principal: "{AWS: [arn:aws:iam::123456789012:root, '*']}", isEveryone: true),
        PrincipalCase(principal: "{AWS: arn:aws:iam::123456789012:root}", isEveryone: false),
        PrincipalCase(principal: "{Service: '*'}", isEveryone: false),
        PrincipalCase(principal: "{Service: ec2.amazonaws.com}", isEveryone: false),
    ]

    @Test(arguments: principalCases)
    func principalWildcards(_ testCase: PrincipalCase) throws {
        let template = """
            Resources:
              Key:
                Type: AWS::KMS::Key
                Properties:
                  KeyPolicy:
                    Statement:
                      - Effect: Allow
                        Principal: \(testCase.principal)
                        Action: kms:Decrypt
                        Resource: '*'
            """
        let output = Pipeline.run([Pipeline.Source(file: "key.yaml", text: template)], rules: [])
        let key = try #require(output.state.all(KMSKey.self).first)
        let principal = try #require(key.keyPolicy.value??.statements.first?.principal)
        #expect(principal.isEveryone == testCase.isEveryone)
    }

    @Test func accountRootFromSubIsNeverAWildcard() throws {
        let template = """
            Parameters:
              Trusted:
                Type: String
            Resources:
              Key:
                Type: AWS::KMS::Key
                Properties:
                  KeyPolicy:
                    Statement:
                      - Effect: Allow
                        Principal:
                          AWS: [!Sub 'arn:aws:iam::${AWS::AccountId}:root', !Ref Trusted]
                        Action: kms:*
                        Resource: '*'
            """
        let output = Pipeline.run([Pipeline.Source(file: "key.yaml", text: template)], rules: [])
        let key = try #require(output.state.all(KMSKey.self).first)
        let values = try #require(key.keyPolicy.value??.statements.first?.principal?.entries.first?.values)
        #expect(values.deploymentValues.count == 1)
        #expect(values.unresolved == ["parameter 'Trusted' has no value"])
        #expect(!values.containsWildcard)
    }

    struct PatternCase: CustomTestStringConvertible, Sendable {
        let pattern: String
        let action: String
        let matches: Bool
        var testDescription: String { "\(pattern) ~ \(action)" }
    }

    static let patternCases: [PatternCase] = [
        PatternCase(pattern: "*", action: "iam:PassRole", matches: true),
        PatternCase(pattern: "s3:Get*", action: "s3:GetObject", matches: true),
        PatternCase(pattern: "S3:get*", action: "s3:GetObject", matches: true),
        PatternCase(pattern: "s3:Get*", action: "s3:PutObject", matches: false),
        PatternCase(pattern: "s3:*Object", action: "s3:DeleteObject", matches: true),
        PatternCase(pattern: "s3:*Object", action: "s3:DeleteObjects", matches: false),
        PatternCase(pattern: "iam:?assRole", action: "iam:PassRole", matches: true),
        PatternCase(pattern: "iam:PassRole", action: "iam:PassRoles", matches: false),
    ]

    @Test(arguments: patternCases)
    func actionPatterns(_ testCase: PatternCase) {
        #expect(PolicyPattern.matches(pattern: testCase.pattern, value: testCase.action) == testCase.matches)
    }
}
