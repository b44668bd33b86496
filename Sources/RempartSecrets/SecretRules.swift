import Foundation
import RempartSupport

/// The built-in secret rules.
///
/// IDs, categories and severities follow trivy's built-in secret rules, so findings and
/// suppressions carry over; the patterns are written for this project.
public enum SecretRules {
    private static let rotate = LocalizedText(
        "revoke the credential, issue a new one, and pass it at deployment time (a NoEcho parameter, AWS Secrets Manager or SSM Parameter Store) instead of storing it in the file",
        fr: "révoquez l'identifiant, émettez-en un nouveau et transmettez-le au déploiement (paramètre NoEcho, AWS Secrets Manager ou SSM Parameter Store) au lieu de le garder dans le fichier"
    )

    /// Returns whether `name` is the ID of a secret rule, compared case-insensitively: a file
    /// rule, an embedded-value rule, or the parameter default check.
    public static func isRuleID(_ name: String) -> Bool {
        let ids = (all + embedded).map(\.id) + [ParameterSecretCheck.parameterRuleID]
        return ids.contains { $0.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// Every built-in rule.
    public static let all: [SecretRule] = [
        SecretRule(
            id: "aws-access-key-id", category: "AWS",
            title: LocalizedText("AWS access key ID", fr: "ID de clé d'accès AWS"), severity: .critical,
            keywords: ["akia", "agpa", "aida", "aroa", "aipa", "anpa", "anva", "asia", "a3t"],
            pattern: #"(?<![A-Z0-9])(?<secret>(?:A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16})(?![A-Z0-9])"#,
            remediation: rotate),
        SecretRule(
            id: "aws-secret-access-key", category: "AWS",
            title: LocalizedText("AWS secret access key", fr: "clé d'accès secrète AWS"), severity: .critical,
            keywords: ["key", "secret"], prefilter: .base64Run(length: 40),
            pattern: #"(?i)(?:aws)?_?(?:secret)?_?(?:access)?_?key(?:_?id)?["']?\s*(?::|=>|=)\s*["']?(?<secret>(?-i:[A-Za-z0-9/+=]{40}))(?![A-Za-z0-9/+=])"#,
            remediation: rotate),
        SecretRule(
            id: "private-key", category: "AsymmetricPrivateKey",
            title: LocalizedText("asymmetric private key", fr: "clé privée asymétrique"), severity: .high,
            keywords: ["-----begin"],
            pattern: #"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"#,
            remediation: rotate),
        SecretRule(
            id: "github-pat", category: "GitHub",
            title: LocalizedText("GitHub personal access token", fr: "jeton d'accès personnel GitHub"),
            severity: .critical, keywords: ["ghp_"], pattern: #"(?<secret>ghp_[0-9A-Za-z]{36})"#,
            remediation: rotate),
        SecretRule(
            id: "github-fine-grained-pat", category: "GitHub",
            title: LocalizedText("GitHub fine-grained personal access token", fr: "jeton d'accès personnel à granularité fine GitHub"),
            severity: .critical, keywords: ["github_pat_"], pattern: #"(?<secret>github_pat_[0-9A-Za-z_]{82})"#,
            remediation: rotate),
        SecretRule(
            id: "github-oauth", category: "GitHub",
            title: LocalizedText("GitHub OAuth access token", fr: "jeton d'accès OAuth GitHub"), severity: .critical,
            keywords: ["gho_"], pattern: #"(?<secret>gho_[0-9A-Za-z]{36})"#, remediation: rotate),
        SecretRule(
            id: "github-app-token", category: "GitHub",
            title: LocalizedText("GitHub app token", fr: "jeton d'application GitHub"), severity: .critical,
            keywords: ["ghu_", "ghs_"], pattern: #"(?<secret>(?:ghu|ghs)_[0-9A-Za-z]{36})"#, remediation: rotate),
        SecretRule(
            id: "gitlab-pat", category: "GitLab",
            title: LocalizedText("GitLab personal access token", fr: "jeton d'accès personnel GitLab"),
            severity: .critical, keywords: ["glpat-"], pattern: #"(?<secret>glpat-[0-9A-Za-z\-_]{20})"#,
            remediation: rotate),
        SecretRule(
            id: "slack-access-token", category: "Slack",
            title: LocalizedText("Slack token", fr: "jeton Slack"), severity: .high,
            keywords: ["xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-"],
            pattern: #"(?<secret>xox[baprs]-(?:[0-9a-zA-Z]{10,48})(?:-[0-9a-zA-Z]{10,48})+)"#, remediation: rotate),
        SecretRule(
            id: "slack-web-hook", category: "Slack",
            title: LocalizedText("Slack webhook", fr: "webhook Slack"), severity: .medium,
            keywords: ["hooks.slack.com"],
            pattern: #"(?<secret>https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9+/]{44,46})"#,
            remediation: rotate),
        SecretRule(
            id: "stripe-secret-token", category: "Stripe",
            title: LocalizedText("Stripe secret key", fr: "clé secrète Stripe"), severity: .critical,
            keywords: ["sk_test_", "sk_live_"], pattern: #"(?<secret>sk_(?:test|live)_[0-9a-zA-Z]{24,99})"#,
            remediation: rotate),
        SecretRule(
            id: "gcp-api-key", category: "Google",
            title: LocalizedText("Google API key", fr: "clé d'API Google"), severity: .high,
            keywords: ["aiza"], pattern: #"(?<secret>AIza[0-9A-Za-z\-_]{35})(?![0-9A-Za-z\-_])"#, remediation: rotate),
        SecretRule(
            id: "npm-access-token", category: "npm",
            title: LocalizedText("npm access token", fr: "jeton d'accès npm"), severity: .critical,
            keywords: ["npm_"], pattern: #"(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9])"#, remediation: rotate),
        SecretRule(
            id: "pypi-upload-token", category: "PyPI",
            title: LocalizedText("PyPI upload token", fr: "jeton de téléversement PyPI"), severity: .high,
            keywords: ["pypi-ageichlwas5vcmc"], pattern: #"(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9\-_]{50,1000})"#,
            remediation: rotate),
        SecretRule(
            id: "jwt-token", category: "JWT",
            title: LocalizedText("JSON Web Token", fr: "jeton Web JSON (JWT)"), severity: .medium,
            keywords: ["eyj"],
            pattern: #"(?<secret>eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})"#, remediation: rotate),
    ]

    /// Rules for values embedded in a template (user data, environment variables, parameter
    /// values), where a password assigned in clear text or written into a URL is as much a leak
    /// as a token. They do not run on every file, because configuration files and scripts name
    /// passwords in many harmless ways.
    public static let embedded: [SecretRule] = [
        SecretRule(
            id: "password-in-url", category: "Generic",
            title: LocalizedText("password in a URL", fr: "mot de passe dans une URL"), severity: .high,
            keywords: ["://"],
            pattern: #"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@$]+:(?<secret>[^/\s:@${]+)@"#, remediation: rotate),
        SecretRule(
            id: "user-data-password", category: "Generic",
            title: LocalizedText(
                "password or secret assigned in clear text", fr: "mot de passe ou secret assigné en clair"),
            severity: .high,
            keywords: ["password", "passwd", "pwd", "secret", "token", "api_key", "apikey", "access_key", "accesskey"],
            // The name may carry a prefix (`DATABASE_PASSWORD`); a value starting with `$`, `/`,
            // `{` or `<` refers to a variable, a path or a template, not a secret.
            pattern:
                #"(?i)\b[A-Z0-9_.-]*(?:password|passwd|pwd|secret|token|api_?key|access_?key)["']?\s*[:=]\s*["']?(?<secret>(?![$/{<\s])[^\s"'`]{4,})"#,
            remediation: rotate),
    ]
}
