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

    /// Whether a parameter name suggests it contains a secret (`DBPassword`, `ApiToken`, …).
    public static func isSecretName(_ name: String) -> Bool {
        let folded = name.lowercased().replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "-", with: "")
        return secretNameWords.contains { folded.contains($0) }
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

    // A password-like key assigned a literal value: `PASSWORD=…`, `--password …`, `"pwd": "…"`.
    // Values that start with `$`, `{{` or `%` are variables or templates, not secrets.
    private static let userDataPattern: NSRegularExpression = {
        let pattern =
            #"(?i)(?:password|passwd|pwd|secret|token)["']?\s*(?:=|:|\s)\s*["']?(?<secret>(?![$%{])[^\s"'$]{6,})"#
        do {
            return try NSRegularExpression(pattern: pattern)
        } catch {
            preconditionFailure("invalid user data pattern: \(error)")
        }
    }()

    /// Returns the passwords assigned in decoded user data `text`; `location` is where the
    /// user data starts in the template.
    public static func scanUserData(_ text: String, at location: SourceLocation) -> [SecretFinding] {
        let nsText = text as NSString
        let index = LineIndex(text)
        return userDataPattern.matches(in: text, range: NSRange(location: 0, length: nsText.length)).map { match in
            let range = match.range(withName: "secret")
            return SecretFinding(
                ruleID: userDataRuleID, category: "CloudFormation",
                title: LocalizedText("password in instance user data", fr: "mot de passe dans les données utilisateur"),
                severity: .high, location: location, maskedLine: index.maskedLine(in: nsText, hiding: range),
                remediation: LocalizedText(
                    "read the password at boot from AWS Secrets Manager or SSM Parameter Store (SecureString) instead of writing it in UserData, which anyone with ec2:DescribeInstanceAttribute can read",
                    fr: "lisez le mot de passe au démarrage depuis AWS Secrets Manager ou SSM Parameter Store (SecureString) au lieu de l'écrire dans UserData, que quiconque a ec2:DescribeInstanceAttribute peut lire"
                ))
        }
    }
}
