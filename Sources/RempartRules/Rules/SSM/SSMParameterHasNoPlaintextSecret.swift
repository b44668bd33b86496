import Foundation
import RempartModel
import RempartSupport

/// Parameter Store parameters hold no clear-text secrets.
struct SSMParameterHasNoPlaintextSecret: Rule {
    static let metadata = RuleMetadata(
        id: "RMP-AWS-0232", aliases: ["CKV_AWS_384"], slug: "aws-ssm-parameter-no-plaintext-secret", service: "ssm",
        severity: .high,
        title: LocalizedText(
            "Parameter Store parameters hold no clear-text secrets",
            fr: "Les paramètres de Parameter Store ne contiennent aucun secret en clair"),
        rationale: LocalizedText(
            "A secret written in the template is stored in clear text in the template, the stack and the parameter's history.",
            fr:
                "Un secret écrit dans le modèle est stocké en clair dans le modèle, la pile et l'historique du paramètre."
        ),
        remediation: LocalizedText(
            "Keep the secret out of `Value`: store it in Secrets Manager or create a `SecureString` parameter outside the template.",
            fr:
                "Gardez le secret hors de `Value` : stockez-le dans Secrets Manager ou créez un paramètre `SecureString` hors du modèle."
        ),
        links: [
            "https://github.com/bridgecrewio/checkov/blob/main/checkov/cloudformation/checks/resource/aws/ParameterStoreCredentials.py",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-parameter.html",
        ],
        limitations: LocalizedText(
            "Values are matched with Rempart's secret patterns and a token heuristic instead of checkov's detectors; parameters whose name does not mention a secret or API key pass.",
            fr:
                "Les valeurs sont comparées aux motifs de secrets de Rempart et à une heuristique de jeton au lieu des détecteurs de checkov ; les paramètres dont le nom ne mentionne ni secret ni clé d'API passent."
        ),
        resourceTypes: ["AWS::SSM::Parameter"],
        goodExamples: [
            .init(
                """
                Resources:
                  ApiKey:
                    Type: AWS::SSM::Parameter
                    Properties:
                      Name: /service/api_key
                      Type: String
                      Value: "{{resolve:secretsmanager:service:SecretString:api_key}}"
                """)
        ],
        badExamples: [
            .init(
                """
                Resources:
                  ApiKey:
                    Type: AWS::SSM::Parameter
                    Properties:
                      Name: /service/api_key
                      Type: String
                      Value: ↓AKIAIOSFODNN7REALKEY
                """)
        ])

    func evaluate(_ state: AWSState) -> [CheckResult] {
        state.all(SSMParameter.self).map { parameter in
            let verdict = Verdict(Self.metadata.id, parameter.address)
            // As in checkov, only parameters whose name says secret or API key can fail.
            return verdict.require(parameter.name) { name in !(name.map(Self.isSecretName) ?? false) }.orElse {
                verdict.require(parameter.value) { value in
                    guard let value, let name = parameter.name.value ?? nil else { return true }
                    return Self.isPlaceholder(name: name, value: value) || !Self.looksSecret(value)
                }
            }
        }
    }

    /// Returns whether a value looks like a credential: a known secret format, or a single token of
    /// at least 8 characters that mixes letters and digits. A keyword detector flags such a token
    /// when the parameter name mentions a secret, while paths, ARNs and sentences pass.
    private static func looksSecret(_ value: String) -> Bool {
        if SecretDetector.firstSecret(in: value) != nil { return true }
        let isToken =
            value.count >= 8 && !value.contains(where: \.isWhitespace)
            && !value.hasPrefix("/") && !value.hasPrefix("arn:")
        return isToken && value.contains(where: \.isLetter) && value.contains(where: \.isNumber)
    }

    private static func isSecretName(_ name: String) -> Bool {
        name.range(of: #"(?i)secret|api_?key"#, options: .regularExpression) != nil
    }

    /// Values that refer to a secret (`${…}`, `{{resolve:…}}`) or are marked as test data.
    private static func isPlaceholder(name: String, value: String) -> Bool {
        value.contains("${") || value.contains("{{resolve:")
            || [name, value].contains { $0.range(of: #"(?i)test|example"#, options: .regularExpression) != nil }
    }
}
