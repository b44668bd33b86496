import Foundation
import RempartSupport

// NOTE: placeholder with the interface of the shared secret detector, replaced when merged.
enum SecretDetector {
    static func firstSecret(in text: String) -> LocalizedText? {
        let pattern = #"\b(?:AKIA|ASIA|AIDA|AROA|AGPA|ANPA|ANVA|AIPA|A3T[A-Z0-9])[A-Z0-9]{16}\b"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        return regex.firstMatch(in: text, range: range) == nil ? nil : LocalizedText("AWS access key ID", fr: "ID de clé d'accès AWS")
    }
}
