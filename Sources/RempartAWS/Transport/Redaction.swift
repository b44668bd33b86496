/// Hides secrets before requests reach a log line.
public enum Redaction {
    /// The text written in place of a secret.
    public static let placeholder = "<redacted>"

    /// Header names whose values are secret, lowercased.
    public static let secretHeaders: Set<String> = ["authorization", "x-amz-security-token"]

    /// Query and form parameter names whose values are secret.
    public static let secretParameters: Set<String> = [
        "X-Amz-Signature", "X-Amz-Security-Token", "X-Amz-Credential", "SecretAccessKey", "Password", "SessionToken",
    ]

    /// `headers` with secret values replaced.
    public static func headers(_ headers: [HTTPHeader]) -> [HTTPHeader] {
        headers.map { secretHeaders.contains($0.name.lowercased()) ? HTTPHeader($0.name, placeholder) : $0 }
    }

    /// `items` with secret values replaced.
    public static func query(_ items: [QueryItem]) -> [QueryItem] {
        items.map { secretParameters.contains($0.name) ? QueryItem($0.name, placeholder) : $0 }
    }

    /// `text` with every occurrence of each secret replaced.
    public static func text(_ text: String, hiding secrets: [String]) -> String {
        var result = text
        for secret in secrets where !secret.isEmpty {
            result = result.replacingOccurrences(of: secret, with: placeholder)
        }
        return result
    }
}
