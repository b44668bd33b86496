import RempartModel
import RempartScanner
import RempartSupport

/// The JSON report, documented in `docs/json-schema.md`.
///
/// Field names never change within a `schemaVersion`; new optional fields may appear.
struct JSONReport: Codable, Sendable {
    struct Tool: Codable, Sendable {
        var name: String
        var version: String
    }

    struct FileCounts: Codable, Sendable {
        var scanned: Int
        var skipped: Int
        var rejected: Int
    }

    struct Summary: Codable, Sendable {
        var files: FileCounts
        /// Findings that count, suppressed ones excluded.
        var findings: Int
        /// Counts by severity name (`LOW` … `CRITICAL`), every severity present.
        var bySeverity: [String: Int]
        var suppressed: Int
        var undecided: Int
    }

    struct File: Codable, Sendable {
        var path: String
        var status: String
        var format: String?
        var findings: Int
        var suppressed: Int
        var passed: Int
        var undecided: Int
        var error: Message?
    }

    struct Location: Codable, Sendable {
        var file: String
        var line: Int
        var column: Int
    }

    struct Resource: Codable, Sendable {
        var type: String
        /// The logical ID of a template resource, or the ID of a live one.
        var logicalId: String
        /// The region of a live resource.
        var region: String?
    }

    struct SuppressionEntry: Codable, Sendable {
        var kind: String
        var source: String
        var justification: String?
        var location: Location?
    }

    struct Finding: Codable, Sendable {
        var ruleId: String
        var slug: String
        var aliases: [String]
        var severity: String
        var title: String
        var detail: String?
        var remediation: String
        var resource: Resource
        var location: Location?
        var links: [String]
        var suppressed: Bool
        var suppression: SuppressionEntry?
    }

    /// A check left undecided because a value is unknown before deployment.
    struct Undecided: Codable, Sendable {
        var ruleId: String
        var resource: Resource
        var location: Location?
        /// Why the value is unknown.
        var reason: String
    }

    struct Message: Codable, Sendable {
        var level: String
        var message: String
        var location: Location?
        var file: String?
    }

    var schemaVersion: Int
    var tool: Tool
    var language: String
    var summary: Summary
    var files: [File]
    var findings: [Finding]
    /// The checks counted in `summary.undecided`, in the order of the findings.
    var undecided: [Undecided]
    var diagnostics: [Message]
    /// Reads of a live account that failed; present only in audits.
    var gaps: [AWSState.Gap]?
    /// Differences between the templates and the account; present only in audits.
    var drift: [ResourceDrift]?
}
