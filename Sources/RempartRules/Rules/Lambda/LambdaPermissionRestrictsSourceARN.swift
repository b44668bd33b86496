import RempartModel
import RempartSupport

/// Permissions that let an AWS service invoke a function must name the source resource.
struct LambdaPermissionRestrictsSourceARN: Rule {
    static let metadata = RuleMetadata(
        id: "AVD-AWS-0067",
        slug: "lambda-restrict-source-arn",
        service: "lambda",
        severity: .critical,
        title: LocalizedText(
            "Lambda permissions for AWS services set a source ARN",
            fr: "Les permissions Lambda accordées à des services AWS précisent l'ARN source"),
        rationale: LocalizedText(
            "A service principal such as `s3.amazonaws.com` without `SourceArn` lets any resource of that service, in any account, invoke the function (the confused deputy problem).",
            fr: "Un principal de service comme `s3.amazonaws.com` sans `SourceArn` permet à toute ressource de ce service, dans n'importe quel compte, d'invoquer la fonction (problème de l'adjoint confus)."),
        remediation: LocalizedText(
            "Set `SourceArn` on the `AWS::Lambda::Permission` to the ARN of the bucket, topic, rule or API that invokes the function.",
            fr: "Définissez `SourceArn` sur la `AWS::Lambda::Permission` avec l'ARN du compartiment, de la rubrique, de la règle ou de l'API qui invoque la fonction."),
        links: [
            "https://avd.aquasec.com/misconfig/aws/lambda/avd-aws-0067/",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-permission.html",
        ],
        limitations: LocalizedText(
            "trivy checks only permissions whose `FunctionName` is a `Ref` to a function of the same template; Rempart checks every permission. checkov's CKV_AWS_364 also accepts `SourceAccount`; Rempart reports it as RMP-AWS-0126.",
            fr: "trivy ne vérifie que les permissions dont `FunctionName` est un `Ref` vers une fonction du même modèle ; Rempart les vérifie toutes. CKV_AWS_364 de checkov accepte aussi `SourceAccount` ; Rempart le signale sous RMP-AWS-0126."),
        resourceTypes: ["AWS::Lambda::Function", "AWS::Lambda::Permission"],
        goodExamples: [
            .init(
                """
                Resources:
                  InvokeFromTopic:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: handler
                      Principal: sns.amazonaws.com
                      SourceArn: arn:aws:sns:us-east-1:123456789012:alerts
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓InvokeFromBucket:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: handler
                      Principal: s3.amazonaws.com
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for permission in state.all(LambdaPermission.self) {
            switch permission.principal.state {
            case .unknown(let reason):
                results.unknown(permission.address, reason: reason, at: permission.principal.origin)
            case .known(let principal):
                guard let principal, principal.hasSuffix(".amazonaws.com") else {
                    results.pass(permission.address, at: permission.principal.origin)
                    continue
                }
                results.record(Decision(permission.sourceARN) { $0.isSet }, for: permission.address, at: permission.sourceARN.origin)
            }
        }
        return results.results
    }
}
