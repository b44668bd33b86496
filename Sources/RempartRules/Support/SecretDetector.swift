import Foundation
import RempartSupport

/// Finds credentials written in clear text in user data and similar scripts.
///
/// The patterns follow what secret scanners commonly look for: AWS access key IDs and secret
/// keys, private key blocks, GitHub and Slack tokens, passwords in URLs, and assignments to
/// variables whose name ends with password, secret, token or API key. A value that refers to
/// something else (`$VAR`, `${VAR}`, `{{resolve:…}}`, a path) is not reported, nor is a
/// variable that only names a secret (`DB_PASSWORD_PARAMETER`, `API_TOKEN_SECRET_ID`).
enum SecretDetector {
    /// One kind of secret the detector recognizes.
    struct Pattern: Sendable {
        /// The name of the secret kind, for the finding's detail.
        let kind: LocalizedText
        /// The regular expression source.
        let regex: String
    }

    /// The patterns, most specific first.
    static let patterns: [Pattern] = [
        Pattern(
            kind: LocalizedText("AWS access key ID", fr: "ID de clé d'accès AWS"),
            regex: #"\b(?:AKIA|ASIA|AIDA|AROA|AGPA|ANPA|ANVA|AIPA|A3T[A-Z0-9])[A-Z0-9]{16}\b"#),
        Pattern(
            kind: LocalizedText("AWS secret access key", fr: "clé d'accès secrète AWS"),
            regex: #"(?i)aws_?secret_?(?:access_?)?key["']?\s*[:=]\s*["']?[A-Za-z0-9/+=]{40}"#),
        Pattern(
            kind: LocalizedText("private key", fr: "clé privée"),
            regex: #"-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----"#),
        Pattern(
            kind: LocalizedText("GitHub token", fr: "jeton GitHub"),
            regex: #"\bgh[pousr]_[A-Za-z0-9]{36,}\b"#),
        Pattern(
            kind: LocalizedText("Slack token", fr: "jeton Slack"),
            regex: #"\bxox[abprs]-[A-Za-z0-9-]{10,}"#),
        Pattern(
            kind: LocalizedText("password in a URL", fr: "mot de passe dans une URL"),
            regex: #"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@$]+:[^/\s:@${]+@"#),
        Pattern(
            kind: LocalizedText("password or secret assigned in clear text", fr: "mot de passe ou secret assigné en clair"),
            regex:
                #"(?i)\b[A-Z0-9_.-]*(?:password|passwd|pwd|secret|token|api_?key|access_?key)["']?\s*[:=]\s*["']?(?![$/{<\s])[^\s"'`]{4,}"#),
    ]

    /// The patterns compiled once, in the order of `patterns`.
    ///
    /// The patterns are constants of this file, tested to compile; one that failed would be left out.
    private static let compiled: [(kind: LocalizedText, regex: NSRegularExpression)] = patterns.compactMap { pattern in
        (try? NSRegularExpression(pattern: pattern.regex)).map { (pattern.kind, $0) }
    }

    /// Returns the kind of the first secret found in `text`, or nil.
    static func firstSecret(in text: String) -> LocalizedText? {
        let range = NSRange(text.startIndex..., in: text)
        for pattern in compiled where pattern.regex.firstMatch(in: text, range: range) != nil {
            return pattern.kind
        }
        return nil
    }
}
