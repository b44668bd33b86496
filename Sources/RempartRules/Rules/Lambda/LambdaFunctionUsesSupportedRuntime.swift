import RempartModel
import RempartSupport

/// Functions must not use a runtime that AWS has deprecated.
///
/// The list follows the Lambda runtime deprecation schedule as of December 2026.
struct LambdaFunctionUsesSupportedRuntime: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0125",
        aliases: ["CKV_AWS_363"],
        slug: "lambda-supported-runtime",
        service: "lambda",
        severity: .medium,
        title: LocalizedText(
            "Lambda functions use a supported runtime",
            fr: "Les fonctions Lambda utilisent un environnement d'exécution pris en charge"),
        rationale: LocalizedText(
            "Deprecated runtimes no longer receive security patches, and AWS eventually blocks creating and updating functions that use them.",
            fr: "Les environnements d'exécution obsolètes ne reçoivent plus de correctifs de sécurité, et AWS finit par bloquer la création et la mise à jour des fonctions qui les utilisent."),
        remediation: LocalizedText(
            "Set `Runtime` on the `AWS::Lambda::Function` to a supported version, such as `python3.12` or `nodejs22.x`.",
            fr: "Définissez `Runtime` sur la `AWS::Lambda::Function` avec une version prise en charge, comme `python3.12` ou `nodejs22.x`."),
        links: [
            "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-function.html",
        ],
        limitations: LocalizedText(
            "checkov still accepts `nodejs18.x` and `python3.8`, which AWS deprecated in 2025 and 2024; Rempart reports them.",
            fr: "checkov accepte encore `nodejs18.x` et `python3.8`, qu'AWS a rendus obsolètes en 2025 et en 2024 ; Rempart les signale."),
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
                      Runtime: ↓python3.7
                      Code:
                        ZipFile: print("ok")
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        AttributeCheck(\LambdaFunction.runtime) { !Self.deprecatedRuntimes.contains($0 ?? "") }.evaluate(state, ruleID: Self.metadata.id)
    }

    /// Runtimes past their Lambda deprecation date.
    static let deprecatedRuntimes: Set<String> = [
        "nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x",
        "nodejs16.x", "nodejs18.x", "python2.7", "python3.6", "python3.7", "python3.8", "python3.9", "ruby2.5", "ruby2.7",
        "java8", "go1.x", "provided", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0",
        "dotnet6", "dotnet7",
    ]
}
