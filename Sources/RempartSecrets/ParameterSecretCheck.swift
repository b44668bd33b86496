import Foundation
import RempartSupport

/// Finds secrets where CloudFormation templates commonly leak them: a parameter default that
/// contains a password without `NoEcho`, and passwords written into instance user data.
public enum ParameterSecretCheck {
    /// The rule ID of a secret left in a parameter default without `NoEcho`.
    public static let parameterRuleID = "cfn-parameter-secret-default"
    /// The rule ID of a password assigned in user data.
    public static let userDataRuleID = "user-data-password"

    private static let secretNameWords = ["password", "passwd", "secret", "token", "apikey", "privatekey"]

    /// Last words of a name that refers to a secret stored elsewhere (`SecretName`,
    /// `DBPasswordArn`, `TokenParameterPath`) rather than containing it.
    private static let referenceWords: Set<String> = ["name", "arn", "id", "path", "parameter", "length"]

    /// Whether a parameter name suggests it contains a secret (`DBPassword`, `ApiToken`, …).
    public static func isSecretName(_ name: String) -> Bool {
        let folded = name.lowercased().replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "-", with: "")
        guard secretNameWords.contains(where: { folded.contains($0) }) else { return false }
        return !referenceWords.contains(lastWord(of: name))
    }

    /// Returns the last word of a camel-case, snake-case or kebab-case name, lower-cased:
    /// `SecretARN` gives `arn`, `db_password_name` gives `name`.
    private static func lastWord(of name: String) -> String {
        var word = ""
        var previous: Character?
        for character in name {
            if character == "_" || character == "-" {
                word = ""
            } else if character.isUppercase, let previous, previous.isLowercase || previous.isNumber {
                word = String(character)
            } else {
                word.append(character)
            }
            previous = character
        }
        return word.lowercased()
    }

    /// Returns a finding when a parameter named like a secret has a non-empty default and
    /// lacks `NoEcho: true`: CloudFormation then shows the value in the console and in
    /// `DescribeStacks`, and the default itself sits in the template.
    public static func check(
        parameter name: String, defaultValue: String?, isNoEcho: Bool, at location: SourceLocation
    ) -> SecretFinding? {
        guard isSecretName(name), !isNoEcho, let defaultValue, !defaultValue.isEmpty else { return nil }
        return SecretFinding(
            ruleID: parameterRuleID, category: "CloudFormation",
            title: LocalizedText(
                "secret in a parameter default without NoEcho",
                fr: "secret dans la valeur par défaut d'un paramètre sans NoEcho"),
            severity: .high, location: location,
            maskedLine: "\(name): Default: \(String(repeating: "*", count: defaultValue.count))",
            remediation: LocalizedText(
                "remove the Default of parameter '\(name)', set 'NoEcho: true', and pass the value at deployment or resolve it from AWS Secrets Manager with a dynamic reference",
                fr: "retirez la valeur par défaut du paramètre « \(name) », ajoutez « NoEcho: true » et transmettez la valeur au déploiement ou résolvez-la depuis AWS Secrets Manager par une référence dynamique"
            ))
    }

    /// Returns the secrets in decoded user data `text`: the file rules plus passwords assigned in
    /// clear text or written into URLs. Every finding points at `location`, where the user data
    /// starts in the template, because decoded text has no lines of its own in the file.
    public static func scanUserData(_ text: String, at location: SourceLocation) -> [SecretFinding] {
        let scanner = SecretScanner(rules: SecretRules.all + SecretRules.embedded)
        return scanner.scan(text: text, file: location.file).map { finding in
            var relocated = finding
            relocated.location = location
            if finding.ruleID == userDataRuleID {
                relocated.title = LocalizedText(
                    "password in instance user data", fr: "mot de passe dans les données utilisateur")
                relocated.remediation = userDataRemediation
            }
            return relocated
        }
    }

    private static let userDataRemediation = LocalizedText(
        "read the password at boot from AWS Secrets Manager or SSM Parameter Store (SecureString) instead of writing it in UserData, which anyone with ec2:DescribeInstanceAttribute can read",
        fr: "lisez le mot de passe au démarrage depuis AWS Secrets Manager ou SSM Parameter Store (SecureString) au lieu de l'écrire dans UserData, que quiconque a ec2:DescribeInstanceAttribute peut lire"
    )
}
