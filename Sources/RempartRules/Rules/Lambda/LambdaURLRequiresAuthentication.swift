import RempartModel
import RempartSupport

/// Function URLs must require IAM authentication.
struct LambdaURLRequiresAuthentication: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0124",
        aliases: ["CKV_AWS_258"],
        slug: "lambda-function-url-auth",
        service: "lambda",
        severity: .high,
        title: LocalizedText(
            "Lambda function URLs require authentication",
            fr: "Les URL de fonction Lambda exigent une authentification"),
        rationale: LocalizedText(
            "`AuthType: NONE` makes the function callable by anyone on the internet who learns the URL.",
            fr: "`AuthType: NONE` rend la fonction appelable par n'importe qui sur Internet qui connaît l'URL."),
        remediation: LocalizedText(
            "Set `AuthType: AWS_IAM` on the `AWS::Lambda::Url`, or put the function behind API Gateway with an authorizer.",
            fr: "Définissez `AuthType: AWS_IAM` sur la `AWS::Lambda::Url`, ou placez la fonction derrière API Gateway avec un mécanisme d'autorisation."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-url.html",
        ],
        resourceTypes: ["AWS::Lambda::Url"],
        goodExamples: [
            .init(
                """
                Resources:
                  HandlerURL:
                    Type: AWS::Lambda::Url
                    Properties:
                      AuthType: AWS_IAM
                      TargetFunctionArn: arn:aws:lambda:us-east-1:123456789012:function:handler
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  HandlerURL:
                    Type: AWS::Lambda::Url
                    Properties:
                      AuthType: ↓NONE
                      TargetFunctionArn: arn:aws:lambda:us-east-1:123456789012:function:handler
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\LambdaURL.authType) { $0 != "NONE" }.evaluate(state, ruleID: Self.metadata.id)
    }
}
