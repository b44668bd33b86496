import RempartModel
import RempartSupport

/// Permissions granted to an AWS service must be limited by `SourceArn` or `SourceAccount`.
struct LambdaServicePermissionIsScoped: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0126",
        aliases: ["CKV_AWS_364"],
        slug: "lambda-service-permission-source",
        service: "lambda",
        severity: .medium,
        title: LocalizedText(
            "Lambda permissions for AWS services are limited to a source",
            fr: "Les permissions Lambda accordées à des services AWS sont limitées à une source"),
        rationale: LocalizedText(
            "Without a source condition, any resource of that service in any account can invoke the function.",
            fr: "Sans condition sur la source, toute ressource de ce service dans n'importe quel compte peut invoquer la fonction."),
        remediation: LocalizedText(
            "Set `SourceArn` (or at least `SourceAccount`) on the `AWS::Lambda::Permission`.",
            fr: "Définissez `SourceArn` (ou au moins `SourceAccount`) sur la `AWS::Lambda::Permission`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-permission.html",
        ],
        resourceTypes: ["AWS::Lambda::Permission"],
        goodExamples: [
            .init(
                """
                Resources:
                  InvokeFromRule:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: handler
                      Principal: events.amazonaws.com
                      SourceAccount: "123456789012"
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ↓InvokeFromRule:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: handler
                      Principal: events.amazonaws.com
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for permission in state.all(LambdaPermission.self) {
            switch permission.principal.state {
            case .unknown(let reason):
                results.unknown(permission.address, reason: reason, at: permission.principal.origin)
            case .known(let principal):
                // Only service principals (`name.amazonaws.com`) are in scope; accounts and ARNs are not.
                let parts = (principal ?? "").split(separator: ".")
                guard parts.count >= 3, parts[1] == "amazonaws", parts[2] == "com" else { continue }
                let scoped = Decision(permission.sourceARN) { $0.isSet } || Decision(permission.sourceAccount) { $0.isSet }
                results.record(scoped, for: permission.address, at: permission.address.origin)
            }
        }
        return results.results
    }
}
