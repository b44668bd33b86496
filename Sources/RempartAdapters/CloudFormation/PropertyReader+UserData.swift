import Foundation
import RempartModel

extension PropertyReader {
    /// Reads user data, decoding it when it is base64 (as `Fn::Base64` leaves it), so rules
    /// see the script the instance runs. Text that is not valid base64 of UTF-8 is kept as
    /// written (as is a short word that happens to be valid
    /// base64 but decodes to control characters). Nil when absent.
    func userData(_ path: String...) -> Resolved<String>? {
        guard let raw = scalarString(path) else { return nil }
        return raw.map(Self.decodedUserData)
    }

    /// Returns `text` decoded from base64 when it is base64 of UTF-8 text, else `text`.
    static func decodedUserData(_ text: String) -> String {
        let compact = text.filter { !$0.isWhitespace }
        guard !compact.isEmpty, compact.count % 4 == 0,
            compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+/=".contains($0)) }),
            let data = Data(base64Encoded: compact), let decoded = String(data: data, encoding: .utf8),
            decoded.unicodeScalars.allSatisfy({ $0.value >= 0x20 || "\n\r\t".unicodeScalars.contains($0) })
        else { return text }
        return decoded
    }

    private func scalarString(_ path: [String]) -> Resolved<String>? {
        switch lookup(path) {
        case .absent: return nil
        case .unknown(let reason, let origin): return .unresolved(reason, at: origin)
        case .value(let node):
            let origin = Origin.source(node.location)
            guard let text = node.scalarText else {
                return .unresolved("user data is not a string: \(node)", at: origin)
            }
            return .explicit(text, at: origin)
        }
    }
}
