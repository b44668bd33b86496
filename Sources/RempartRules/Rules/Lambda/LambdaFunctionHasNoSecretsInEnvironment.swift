import RempartModel
import RempartSupport

/// Function environment variables must not hold credentials written in the template.
///
/// Values that are references to other resources, or unknown before deployment, cannot be
/// secrets written in the template and are not reported.
struct LambdaFunctionHasNoSecretsInEnvironment: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0102",
        aliases: ["CKV_AWS_45"],
        slug: "lambda-no-secrets-in-environment",
        service: "lambda",
        severity: .high,
        title: LocalizedText(
            "Lambda environment variables hold no hard-coded secrets",
            fr: "Les variables d'environnement Lambda ne contiennent aucun secret codé en dur"),
        rationale: LocalizedText(
            "Environment variables are visible to anyone who can read the function configuration and end up in templates, logs and source control.",
            fr: "Les variables d'environnement sont visibles par quiconque lit la configuration de la fonction et se retrouvent dans les modèles, les journaux et le contrôle de version."),
        remediation: LocalizedText(
            "Store the secret in Secrets Manager or Parameter Store and pass its ARN (or a `{{resolve:secretsmanager:…}}` reference) in `Environment.Variables`.",
            fr: "Conservez le secret dans Secrets Manager ou Parameter Store et passez son ARN (ou une référence `{{resolve:secretsmanager:…}}`) dans `Environment.Variables`."),
        links: [
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-function.html",
        ],
        limitations: LocalizedText(
            "Detection relies on patterns in the value (AWS keys, private keys, tokens, passwords in URLs); other secrets can be missed. A value that is only known at deployment (a `Ref` to a resource outside the scan, a parameter without value) makes the verdict unknown, where checkov passes.",
            fr: "La détection repose sur des motifs dans la valeur (clés AWS, clés privées, jetons, mots de passe dans des URL) ; d'autres secrets peuvent échapper. Une valeur connue seulement au déploiement (un `Ref` vers une ressource hors de l'analyse, un paramètre sans valeur) rend le verdict inconnu, là où checkov passe."),
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
                      Environment:
                        Variables:
                          DB_SECRET_ARN: arn:aws:secretsmanager:us-east-1:123456789012:secret:db
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
                      Environment:
                        Variables:
                          AWS_ACCESS_KEY_ID: ↓AKIAIOSFODNN7EXAMPLE
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        var results = ResultBuilder(Self.metadata.id)
        for function in state.all(LambdaFunction.self) {
            switch function.environment.state {
            case .unknown(let reason):
                results.unknown(function.address, reason: reason, at: function.environment.origin)
            case .known(nil):
                results.pass(function.address)
            case .known(.some(let variables)):
                results.record(Self.secretDecision(variables), for: function.address, at: Self.secretOrigin(variables) ?? function.environment.origin)
            }
        }
        return results.results
    }

    /// Returns whether no variable contains a secret: a literal that looks like a credential fails,
    /// an unresolved value leaves the verdict unknown.
    private static func secretDecision(_ variables: [LambdaFunction.EnvironmentVariable]) -> Decision {
        var decision = Decision.yes
        for variable in variables {
            switch variable.value.state {
            case .known(.literal(let text)) where Self.isSecret(name: variable.name, value: text):
                return .no
            case .unknown(let reason):
                decision = decision && .unknown(reason)
            default:
                continue
            }
        }
        return decision
    }

    private static func secretOrigin(_ variables: [LambdaFunction.EnvironmentVariable]) -> Origin? {
        variables.first { variable in
            guard let text = variable.value.value?.literal else { return false }
            return isSecret(name: variable.name, value: text)
        }?.value.origin
    }

    /// Returns whether a variable's value is a credential. Only the value is scanned: a name such as
    /// `SECRET_NAME` tells what the value refers to, not that it is secret. ARNs and dynamic
    /// references name a secret stored elsewhere rather than holding it.
    private static func isSecret(name: String, value: String) -> Bool {
        if value.hasPrefix("arn:") || value.hasPrefix("{{resolve:") { return false }
        return SecretDetector.firstSecret(in: value) != nil
    }
}
