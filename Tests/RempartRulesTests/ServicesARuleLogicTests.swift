import Foundation
import RempartModel
import RempartRules
import RempartScanner
import RempartSupport
import Testing

/// Checks the verdicts of IAM, RDS and Lambda rules on cases their examples do not cover.
struct ServicesARuleLogicTests {
    /// Returns the status per resource name of rule `id` on `template`.
    private func verdicts(_ id: String, _ template: String) throws -> [String: CheckResult.Status] {
        let rule = try #require(AllRules.rule(named: id))
        let (_, results) = RulesTestSupport.evaluate([Pipeline.Source(file: "t.yaml", text: template)], rules: [rule])
        return Dictionary(results.map { ($0.resource.name, $0.status) }, uniquingKeysWith: { first, _ in first })
    }

    private func policyTemplate(_ statements: String) -> String {
        """
        Resources:
          Policy:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: p
              Roles: [app]
              PolicyDocument:
                Statement:
        \(statements)
        """
    }

    @Test func denyOfFullS3AccessCancelsTheGrant() throws {
        let statements = """
                  - Effect: Allow
                    Action: s3:*
                    Resource: '*'
                  - Effect: Deny
                    Action: s3:*
                    Resource: arn:aws:s3:::audit/*
        """
        #expect(try verdicts("AVD-AWS-0345", policyTemplate(statements)) == ["Policy": .passed])
    }

    @Test func fullS3AccessInAUserInlinePolicyFails() throws {
        let template = """
            Resources:
              Operator:
                Type: AWS::IAM::User
                Properties:
                  Policies:
                    - PolicyName: storage
                      PolicyDocument:
                        Statement:
                          Effect: Allow
                          Action: [s3:*]
                          Resource: '*'
            """
        #expect(try verdicts("AVD-AWS-0345", template) == ["Operator": .failed])
    }

    @Test func unknownPolicyDocumentIsUndecided() throws {
        let template = """
            Parameters:
              Document:
                Type: String
            Resources:
              Policy:
                Type: AWS::IAM::Policy
                Properties:
                  PolicyName: p
                  Roles: [app]
                  PolicyDocument: !Ref Document
            """
        let status = try #require(try verdicts("RMP-AWS-0105", template)["Policy"])
        guard case .unknown = status else {
            Issue.record("expected unknown, got \(status)")
            return
        }
    }

    @Test func administratorNeedsBothWildcards() throws {
        let actionOnly = """
                  - Effect: Allow
                    Action: '*'
                    Resource: arn:aws:s3:::reports
        """
        #expect(try verdicts("RMP-AWS-0105", policyTemplate(actionOnly)) == ["Policy": .passed])
        #expect(try verdicts("RMP-AWS-0106", policyTemplate(actionOnly)) == ["Policy": .failed])
    }

    @Test func passRoleWithADenyFilterPasses() throws {
        let filtered = """
                  - Effect: Allow
                    Action: iam:PassRole
                    Resource: '*'
                  - Effect: Deny
                    Action: iam:PassRole
                    Resource: '*'
                    Condition:
                      StringNotEquals:
                        iam:PassedToService: ecs-tasks.amazonaws.com
        """
        #expect(try verdicts("AVD-AWS-0342", policyTemplate(filtered)) == ["Policy": .passed])
    }

    @Test func groupMFAConditionAnywhereInInlinePolicies() throws {
        let template = """
            Resources:
              Admins:
                Type: AWS::IAM::Group
                Properties:
                  Policies:
                    - PolicyName: read
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: ec2:Describe*
                            Resource: '*'
                    - PolicyName: mfa
                      PolicyDocument:
                        Statement:
                          - Effect: Deny
                            NotAction: iam:ChangePassword
                            Resource: '*'
                            Condition:
                              BoolIfExists:
                                aws:MultiFactorAuthPresent: "false"
              Readers:
                Type: AWS::IAM::Group
            """
        #expect(try verdicts("AVD-AWS-0123", template) == ["Admins": .passed, "Readers": .failed])
    }

    @Test func trustedAccountRootFailsButRoleArnPasses() throws {
        let template = """
            Resources:
              AccountTrust:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal: {AWS: "123456789012"}
                        Action: sts:AssumeRole
              RoleTrust:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal: {AWS: arn:aws:iam::123456789012:role/deployer}
                        Action: sts:AssumeRole
            """
        #expect(try verdicts("RMP-AWS-0104", template) == ["AccountTrust": .failed, "RoleTrust": .passed])
    }

    @Test func rdsPublicAccessFollowsTheSubnetGroup() throws {
        let template = """
            Resources:
              DefaultVPC:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  DBInstanceClass: db.t3.micro
              OwnSubnets:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  DBInstanceClass: db.t3.micro
                  DBSubnetGroupName: private-subnets
              Private:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  DBInstanceClass: db.t3.micro
                  PubliclyAccessible: false
              DefaultSubnets:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  DBInstanceClass: db.t3.micro
                  DBSubnetGroupName: default
              Aurora:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: aurora-mysql
                  DBInstanceClass: db.r6g.large
            """
        let result = try verdicts("AVD-AWS-0180", template)
        #expect(result["DefaultVPC"] == .failed)
        #expect(result["DefaultSubnets"] == .failed)
        #expect(result["Aurora"] == .passed)
        #expect(result["Private"] == .passed)
        guard case .unknown = result["OwnSubnets"] else {
            Issue.record("expected unknown for an instance in its own subnet group, got \(String(describing: result["OwnSubnets"]))")
            return
        }
    }

    @Test func clusterMembersAreLeftToTheirCluster() throws {
        let template = """
            Resources:
              Cluster:
                Type: AWS::RDS::DBCluster
                Properties:
                  Engine: aurora-postgresql
                  StorageEncrypted: true
              Member:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: aurora-postgresql
                  DBClusterIdentifier: !Ref Cluster
                  DBInstanceClass: db.r6g.large
            """
        #expect(try verdicts("AVD-AWS-0080", template).isEmpty)
        #expect(try verdicts("AVD-AWS-0177", template).isEmpty)
    }

    @Test func lambdaSecretsIgnoreNamesAndReferences() throws {
        let template = """
            Resources:
              Secret:
                Type: AWS::SecretsManager::Secret
              Handler:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.12
                  Handler: index.handler
                  Role: arn:aws:iam::123456789012:role/lambda
                  Code: {ZipFile: "print(1)"}
                  Environment:
                    Variables:
                      DB_PASSWORD_SECRET: !Ref Secret
                      SECRET_NAME: orders-db
              Leaky:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.12
                  Handler: index.handler
                  Role: arn:aws:iam::123456789012:role/lambda
                  Code: {ZipFile: "print(1)"}
                  Environment:
                    Variables:
                      DATABASE_URL: postgres://app:hunter2hunter2@db.internal:5432/orders
            """
        #expect(try verdicts("RMP-AWS-0102", template) == ["Handler": .passed, "Leaky": .failed])
    }
}
