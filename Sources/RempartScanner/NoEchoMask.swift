import Foundation
import RempartSupport
import RempartTemplate

/// Hides the values of `NoEcho` parameters in everything a report prints.
///
/// CloudFormation shows a `NoEcho` value as asterisks, and so does Rempart: in finding details,
/// source-line excerpts, masked secret lines, suppression justifications and diagnostics. The
/// value is replaced wherever it occurs in that text, so a short value also hides the same
/// characters elsewhere on the line.
struct NoEchoMask: Sendable {
    /// The values to hide, longest first, so a value that contains another is hidden whole.
    private(set) var values: [String]

    /// Collects the values, given or defaulted, of the `NoEcho` parameters of `templates`.
    init(_ templates: [ResolvedTemplate]) {
        var values: Set<String> = []
        for template in templates {
            for name in template.noEchoParameters {
                if let value = template.parameters[name]?.scalarText, !value.isEmpty { values.insert(value) }
            }
        }
        self.values = values.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// Whether there is nothing to hide.
    var isEmpty: Bool { values.isEmpty }

    /// Returns `text` with every value replaced by as many asterisks.
    ///
    /// Most texts hold no value, so each value is first looked for in the UTF-8 bytes, which
    /// costs far less than Foundation's search.
    func apply(_ text: String) -> String {
        var masked = text
        for value in values where Self.contains(masked, value) {
            masked = masked.replacingOccurrences(of: value, with: String(repeating: "*", count: value.count))
        }
        return masked
    }

    /// Returns whether the UTF-8 bytes of `text` contain those of `value`.
    private static func contains(_ text: String, _ value: String) -> Bool {
        var text = text
        var value = value
        return text.withUTF8 { haystack in
            value.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count, let text = haystack.baseAddress,
                    let bytes = needle.baseAddress
                else { return false }
                var start = 0
                let last = haystack.count - needle.count
                while start <= last {
                    guard let offset = haystack[start...last].firstIndex(of: first) else { return false }
                    if memcmp(text + offset, bytes, needle.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }

    /// Returns `text` masked in both languages.
    func apply(_ text: LocalizedText) -> LocalizedText {
        LocalizedText(apply(text.english), fr: apply(text.french))
    }

    /// Masks every printed text of `result`.
    func apply(to result: inout ScanResult) {
        guard !isEmpty else { return }
        result.findings = result.findings.map { finding in
            var masked = finding
            masked.detail = finding.detail.map(apply)
            masked.sourceLine = finding.sourceLine.map(apply)
            masked.suppression?.justification = finding.suppression?.justification.map(apply)
            return masked
        }
        result.secrets = result.secrets.map { secret in
            var masked = secret
            masked.finding.maskedLine = apply(secret.finding.maskedLine)
            masked.suppression?.justification = secret.suppression?.justification.map(apply)
            return masked
        }
        result.diagnostics = result.diagnostics.map { diagnostic in
            var masked = diagnostic
            masked.message = apply(diagnostic.message)
            return masked
        }
    }
}
