import RempartModel
import RempartSupport

/// Functions must reserve a concurrency limit.
struct LambdaFunctionHasReservedConcurrency: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0111",
        aliases: ["CKV_AWS_115"],
        slug: "lambda-reserved-concurrency",
        service: "lambda",
        severity: .low,
        title: LocalizedText(
            "Lambda functions set a reserved concurrency limit",
            fr: "Les fonctions Lambda fixent une limite de simultanéité réservée"),
        rationale: LocalizedText(
            "Without a limit, a flood of events lets one function use the whole account's concurrency, throttling every other function (a denial of service) and raising costs.",
            fr: "Sans limite, un afflux d'événements permet à une fonction d'utiliser toute la simultanéité du compte, ce qui bride les autres fonctions (déni de service) et augmente les coûts."),
        remediation: LocalizedText(
            "Set `ReservedConcurrentExecutions` on the `AWS::Lambda::Function`.",
            fr: "Définissez `ReservedConcurrentExecutions` sur la `AWS::Lambda::Function`."),
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
                      ReservedConcurrentExecutions: 10
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
        AttributeCheck(\LambdaFunction.reservedConcurrentExecutions) { $0 != nil }.evaluate(state, ruleID: Self.metadata.id)
    }
}
