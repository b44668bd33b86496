/// The severity of a rule, with trivy's four levels.
///
/// The order is meaningful: `--fail-on` and `--severity` compare with `<`.
public enum Severity: Int, CaseIterable, Comparable, Sendable, Codable, CustomStringConvertible {
    case low
    case medium
    case high
    case critical

    /// Parses `low`, `LOW`, `Medium` and so on; returns nil for anything else.
    public init?(name: String) {
        switch name.lowercased() {
        case "low": self = .low
        case "medium": self = .medium
        case "high": self = .high
        case "critical": self = .critical
        default: return nil
        }
    }

    /// The upper-case name used by trivy and in every output format: `LOW` … `CRITICAL`.
    public var description: String {
        switch self {
        case .low: "LOW"
        case .medium: "MEDIUM"
        case .high: "HIGH"
        case .critical: "CRITICAL"
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let severity = Severity(name: name) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid severity '\(name)': expected LOW, MEDIUM, HIGH or CRITICAL")
        }
        self = severity
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
