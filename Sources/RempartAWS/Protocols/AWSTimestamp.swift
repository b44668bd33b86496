import Foundation

/// Reads the timestamp formats AWS responses use.
public enum AWSTimestamp {
    /// Parses ISO 8601 (`2024-05-01T12:00:00Z`, with or without fractional seconds) or epoch
    /// seconds as a string.
    public static func parse(_ text: String?) -> Date? {
        guard let text, !text.isEmpty else { return nil }
        if let seconds = Double(text) { return Date(timeIntervalSince1970: seconds) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        // Some emulators omit the zone designator; AWS timestamps are UTC.
        return formatter.date(from: text + "Z")
    }
}
