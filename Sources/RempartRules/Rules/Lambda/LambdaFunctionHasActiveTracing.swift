import RempartModel
import RempartSupport

/// Functions must send traces to X-Ray.
struct LambdaFunctionHasActiveTracing: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0066",
        slug: "lambda-enable-tracing",
        service: "lambda",
        severity: .low,
        title: LocalizedText(
            "Lambda functions have X-Ray active tracing",
            fr: "Les fonctions Lambda ont le traçage actif X-Ray"),
        rationale: LocalizedText(
            "Traces show which requests reached the function and what it called, which investigations and error analysis rely on.",
            fr: "Les traces montrent quelles requêtes ont atteint la fonction et ce qu'elle a appelé, ce sur quoi reposent les enquêtes et l'analyse d'erreurs."),
        remediation: LocalizedText(
            "Set `TracingConfig.Mode: Active` on the `AWS::Lambda::Function`.",
            fr: "Définissez `TracingConfig.Mode: Active` sur la `AWS::Lambda::Function`."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/lambda/avd-aws-0066/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-function.html",
        ],
        resourceTypes: ["AWS::Lambda::Function"],
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
                      TracingConfig:
                        Mode: Active
                """)
        ],
        badExamples: [
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
                      TracingConfig:
                        Mode: ↓PassThrough
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        // SAM functions are checked by AVD-AWS-0125 under their own type.
        var results = ResultBuilder(Self.metadata.id)
        for function in state.all(LambdaFunction.self) where function.address.type == "AWS::Lambda::Function" {
            results.record(Decision(function.tracingMode) { $0 == "Active" }, for: function.address, at: function.tracingMode.origin)
        }
        return results.results
    }
}
