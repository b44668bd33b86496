import RempartModel
import RempartSupport

/// Functions must send events that fail asynchronous invocation to a dead-letter queue.
struct LambdaFunctionHasDeadLetterQueue: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0112",
        aliases: ["CKV_AWS_116"],
        slug: "lambda-dead-letter-queue",
        service: "lambda",
        severity: .low,
        title: LocalizedText(
            "Lambda functions have a dead-letter queue",
            fr: "Les fonctions Lambda ont une file de lettres mortes"),
        rationale: LocalizedText(
            "Asynchronous events that fail every retry are dropped silently unless a dead-letter queue or topic keeps them for analysis and replay.",
            fr: "Les événements asynchrones qui échouent à chaque nouvelle tentative sont perdus sans bruit, sauf si une file ou une rubrique de lettres mortes les conserve pour analyse et reprise."),
        remediation: LocalizedText(
            "Set `DeadLetterConfig.TargetArn` on the `AWS::Lambda::Function` to an SQS queue or SNS topic.",
            fr: "Définissez `DeadLetterConfig.TargetArn` sur la `AWS::Lambda::Function` avec une file SQS ou une rubrique SNS."),
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
                      DeadLetterConfig:
                        TargetArn: arn:aws:sqs:us-east-1:123456789012:handler-dlq
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
        AttributeCheck(\LambdaFunction.deadLetterTarget) { $0.isSet }.evaluate(state, ruleID: Self.metadata.id)
    }
}
