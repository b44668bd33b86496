import RempartSecrets
import RempartSupport

/// Finds credentials written in clear text in user data, environment variables and parameter values.
///
/// The patterns are those of `rempart scan --scanners secret` (the `RempartSecrets` module):
/// its file rules (AWS access key IDs and secret keys, private key blocks, GitHub, Slack and
/// other tokens) plus its rules for embedded values, which add passwords in URLs and assignments
/// to variables whose name ends with password, secret, token or API key. A value that refers to
/// something else (`$VAR`, `${VAR}`, `{{resolve:…}}`, a path) is not reported, nor is a
/// variable that only names a secret (`DB_PASSWORD_PARAMETER`, `API_TOKEN_SECRET_ID`).
enum SecretDetector {
    private static let scanner = SecretScanner(rules: SecretRules.all + SecretRules.embedded)

    /// Returns the title of the first kind of secret found in `text`, or nil.
    static func firstSecret(in text: String) -> LocalizedText? {
        scanner.firstMatch(in: text)?.title
    }
}
