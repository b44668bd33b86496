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
        /// Scanned files that CloudFormation would reject, counted within `scanned`; absent when none.
        var invalid: Int?
        /// Templates read but not checked, only with `--parse-only`.
        var parsed: Int?
    }

    struct Summary: Codable, Sendable {
        var files: FileCounts
        /// Findings that count, suppressed ones excluded.
        var findings: Int
        /// Counts by severity name (`LOW` … `CRITICAL`), every severity present.
        var bySeverity: [String: Int]
        var suppressed: Int
        var undecided: Int
        /// Secrets that count, when the secret scanner ran.
        var secrets: Int?
        /// Suppressed secrets, when the secret scanner ran.
        var suppressedSecrets: Int?
        /// Files searched for secrets, when the secret scanner ran.
        var secretFilesSearched: Int?
        /// True when the files were only read (`--parse-only`), so no rule ran; absent otherwise.
        var parseOnly: Bool?
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
        /// Secrets in the file that count, when the secret scanner ran.
        var secrets: Int?
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

    /// A secret, masked: the report never contains the secret itself.
    struct Secret: Codable, Sendable {
        var ruleId: String
        var category: String
        var severity: String
        var title: String
        var remediation: String
        var location: Location
        /// The line holding the secret, with the secret replaced by asterisks.
        var match: String
        var suppressed: Bool
        var suppression: SuppressionEntry?
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
    /// The secrets, when the secret scanner ran.
    var secrets: [Secret]?
    var diagnostics: [Message]
    /// Reads of a live account that failed; present only in audits.
    var gaps: [AWSState.Gap]?
    /// Differences between the templates and the account; present only in audits.
    var drift: [ResourceDrift]?
}
