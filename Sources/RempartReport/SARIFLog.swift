/// The subset of SARIF 2.1.0 that Rempart writes, as accepted by GitHub code scanning.
///
/// Property names follow the OASIS SARIF 2.1.0 schema exactly; optional values left nil are
/// omitted from the output.
struct SARIFLog: Codable, Sendable {
    struct Run: Codable, Sendable {
        var tool: Tool
        var results: [Result]
        var columnKind: String
        var originalUriBaseIds: [String: ArtifactLocation]?
        /// Present only in audits with gaps: each failed read as a warning notification.
        var invocations: [Invocation]?
    }

    struct Invocation: Codable, Sendable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]
    }

    struct Notification: Codable, Sendable {
        var level: String
        var message: Text
    }

    struct Tool: Codable, Sendable {
        var driver: Driver
    }

    struct Driver: Codable, Sendable {
        var name: String
        var version: String
        var semanticVersion: String
        var language: String
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Codable, Sendable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Text
        var helpUri: String?
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct Configuration: Codable, Sendable {
        var level: String
    }

    struct RuleProperties: Codable, Sendable {
        var severity: String
        /// GitHub reads this CVSS-like score to rank security alerts.
        var securitySeverity: String
        var tags: [String]
        var aliases: [String]
        var precision: String

        enum CodingKeys: String, CodingKey {
            case severity, tags, aliases, precision
            case securitySeverity = "security-severity"
        }
    }

    struct Text: Codable, Sendable {
        var text: String
        var markdown: String?
    }

    struct Result: Codable, Sendable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var partialFingerprints: [String: String]?
        var suppressions: [SuppressionEntry]?
    }

    struct Location: Codable, Sendable {
        var physicalLocation: PhysicalLocation?
        var logicalLocations: [LogicalLocation]
    }

    struct PhysicalLocation: Codable, Sendable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Codable, Sendable {
        var uri: String
        var uriBaseId: String?
    }

    struct Region: Codable, Sendable {
        var startLine: Int
        var startColumn: Int
    }

    struct LogicalLocation: Codable, Sendable {
        var name: String
        var fullyQualifiedName: String
        var kind: String
    }

    struct SuppressionEntry: Codable, Sendable {
        var kind: String
        var justification: String?
    }

    var schema: String
    var version: String
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }
}
