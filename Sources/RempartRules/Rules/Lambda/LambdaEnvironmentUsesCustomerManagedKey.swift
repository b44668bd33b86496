import RempartModel
import RempartSupport

/// Functions with environment variables must encrypt them with a customer managed KMS key.
struct LambdaEnvironmentUsesCustomerManagedKey: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0120",
        aliases: ["CKV_AWS_173"],
        slug: "lambda-environment-customer-key",
        service: "lambda",
        severity: .medium,
        title: LocalizedText(
            "Lambda environment variables are encrypted with a customer managed key",
            fr: "Les variables d'environnement Lambda sont chiffrées avec une clé gérée par le client"),
        rationale: LocalizedText(
            "By default Lambda encrypts environment variables with an AWS managed key, whose use cannot be restricted: anyone allowed to read the function configuration reads the values.",
            fr: "Par défaut, Lambda chiffre les variables d'environnement avec une clé gérée par AWS dont l'usage ne peut être restreint : quiconque peut lire la configuration lit les valeurs."),
        remediation: LocalizedText(
            "Set `KmsKeyArn` on the `AWS::Lambda::Function` to a customer managed key.",
            fr: "Définissez `KmsKeyArn` sur la `AWS::Lambda::Function` avec une clé gérée par le client."),
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
                      KmsKeyArn: arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-1111-2222-3333-444455556666
                      Environment:
                        Variables:
                          STAGE: prod
                """),
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
                      Environment:
                        Variables:
                          STAGE: prod
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for function in state.all(LambdaFunction.self) {
            let hasVariables = Decision(function.environment) { !($0 ?? []).isEmpty }
            guard hasVariables != .no else {
                results.pass(function.address)
                continue
            }
            let decision = hasVariables.negated || Decision(function.kmsKeyARN) { $0.isSet }
            results.record(decision, for: function.address, at: function.kmsKeyARN.origin)
        }
        return results.results
    }
}
