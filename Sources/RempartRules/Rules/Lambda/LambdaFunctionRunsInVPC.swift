import RempartModel
import RempartSupport

/// Functions must run attached to a VPC.
struct LambdaFunctionRunsInVPC: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0113",
        aliases: ["CKV_AWS_117"],
        slug: "lambda-function-in-vpc",
        service: "lambda",
        severity: .low,
        title: LocalizedText(
            "Lambda functions run in a VPC",
            fr: "Les fonctions Lambda s'exécutent dans un VPC"),
        rationale: LocalizedText(
            "A function outside a VPC reaches the internet directly, so security groups, network ACLs and flow logs cannot control or record its traffic.",
            fr: "Une fonction hors VPC accède directement à Internet : les groupes de sécurité, les ACL réseau et les journaux de flux ne peuvent ni contrôler ni enregistrer son trafic."),
        remediation: LocalizedText(
            "Set `VpcConfig` (`SubnetIds` and `SecurityGroupIds`) on the `AWS::Lambda::Function`.",
            fr: "Définissez `VpcConfig` (`SubnetIds` et `SecurityGroupIds`) sur la `AWS::Lambda::Function`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-function.html",
        ],
        resourceTypes: ["AWS::Lambda::Function", "AWS::Serverless::Function"],
        goodExamples: [
            .init(
                """
                Resources:
                  Handler:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: index.handler
                      Role: arn:aws:iam::123456789012:role/lambda
                      Runtime: python3.12
                      Code:
                        ZipFile: print("ok")
                      VpcConfig:
                        SubnetIds:
                          - subnet-0a1b2c3d
                        SecurityGroupIds:
                          - sg-0a1b2c3d
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓Handler:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: index.handler
                      Role: arn:aws:iam::123456789012:role/lambda
                      Runtime: python3.12
                      Code:
                        ZipFile: print("ok")
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\LambdaFunction.hasVPCConfig) { $0 }.evaluate(state, ruleID: Self.metadata.id)
    }
}
