import Foundation
import RempartModel
import RempartRules
import RempartSupport

/// The mitigation report: what failed, where, and how to fix it in CloudFormation, as
/// Markdown or as one self-contained HTML page, in English or French.
///
/// It contains the failed checks of a scan or an audit with their rules' texts, sorted by
/// severity (critical first), then file, line and rule ID, plus the tallies its summary shows.
/// The architecture diagram is optional; the HTML page embeds it as inline SVG.
public struct MitigationReport: Sendable {
    /// The input of the scan or audit: template files, or the resources of a live account.
    public enum Subject: Hashable, Sendable {
        /// Template files, by the paths the findings use.
        case files([String])
        /// A live account, with the account ID and region when they are known.
        case liveAccount(accountID: String?, region: String?)
    }

    /// One failed check with the texts of its rule.
    public struct Entry: Hashable, Sendable {
        public var ruleID: String
        /// The state the rule requires.
        public var title: LocalizedText
        public var severity: Severity
        public var resource: ResourceAddress
        /// The offending value in a template, nil for a live resource.
        public var location: SourceLocation?
        /// The exact problem, when the rule reports more than its title.
        public var detail: LocalizedText?
        /// How to fix it, with the CloudFormation property to set.
        public var remediation: LocalizedText

        /// The live resource's `Name` tag, when it has one.
        public var resourceName: String?

        /// The resource as the report shows it: `web-1 (i-0abc…)` for a live resource with a
        /// `Name` tag, else its logical ID or resource ID.
        public var resourceLabel: String {
            resourceName.map { "\($0) (\(resource.name))" } ?? resource.name
        }

        /// The file the finding is in, or the live resource with its ID and region, such as
        /// `web-1 (i-0abc…, us-east-1)` or, without a `Name` tag, `i-0abc… (us-east-1)`.
        public var place: String {
            if let file = location?.file ?? resource.file { return file }
            var within: [String] = []
            if resourceName != nil { within.append(resource.name) }
            if let region = resource.region { within.append(region) }
            let name = resourceName ?? resource.name
            return within.isEmpty ? name : "\(name) (\(within.joined(separator: ", ")))"
        }
    }

    /// One row of the mitigation summary: a rule and a place, with how often it failed there.
    public struct Mitigation: Hashable, Sendable {
        /// The first entry of the rule in that place, in report order.
        public var entry: Entry
        public var occurrences: Int
    }

    public var subject: Subject
    /// The failed checks, sorted by severity (critical first), then place, line and rule ID.
    public var entries: [Entry]
    /// The number of checks that passed.
    public var passedCount: Int
    /// The number of checks that could not be decided because a value was unknown.
    public var unknownCount: Int
    /// The IDs of rules that produced failures but whose metadata was not given, sorted;
    /// their failures are left out of `entries`.
    public var unmatchedRuleIDs: [String]
    /// The architecture to draw, if any.
    public var diagram: ArchitectureGraph?
    /// When the scan or audit ran, shown in the report's header.
    public var generatedAt: Date?

    /// Creates the report of `results`.
    ///
    /// - Parameters:
    ///   - results: Every verdict of the scan or audit; only failures become entries.
    ///   - rules: The metadata of the rules that produced `results`.
    ///   - subject: The files scanned or the account audited; files without findings are
    ///     listed in the summary too.
    ///   - diagram: The architecture to draw in the HTML page.
    ///   - generatedAt: When the scan ran; nil leaves the date out, which golden files need.
    public init(
        results: [CheckResult], rules: [RuleMetadata], subject: Subject, diagram: ArchitectureGraph? = nil,
        generatedAt: Date? = nil
    ) {
        var metadataByID: [String: RuleMetadata] = [:]
        for rule in rules {
            metadataByID[rule.id] = rule
        }
        var entries: [Entry] = []
        var unmatched: Set<String> = []
        var passed = 0
        var unknown = 0
        for result in results {
            switch result.status {
            case .passed: passed += 1
            case .unknown: unknown += 1
            case .failed:
                guard let rule = metadataByID[result.ruleID] else {
                    unmatched.insert(result.ruleID)
                    continue
                }
                entries.append(
                    Entry(
                        ruleID: rule.id, title: rule.title, severity: rule.severity, resource: result.resource,
                        location: result.location, detail: result.detail, remediation: rule.remediation))
            }
        }

        self.subject = subject
        self.entries = entries.sorted(by: Self.precedes)
        self.passedCount = passed
        self.unknownCount = unknown
        self.unmatchedRuleIDs = unmatched.sorted()
        self.diagram = diagram
        self.generatedAt = generatedAt
    }

    /// The number of entries of each severity.
    public var countsBySeverity: [Severity: Int] {
        entries.reduce(into: [:]) { $0[$1.severity, default: 0] += 1 }
    }

    /// The places (files or live resources) with their entries' counts by severity, sorted by
    /// place. Every scanned file appears, with zero counts when it has no finding.
    public var countsByPlace: [(place: String, counts: [Severity: Int])] {
        var counts: [String: [Severity: Int]] = [:]
        if case .files(let files) = subject {
            for file in files {
                counts[file] = [:]
            }
        }
        for entry in entries {
            counts[entry.place, default: [:]][entry.severity, default: 0] += 1
        }
        return counts.keys.sorted().map { ($0, counts[$0] ?? [:]) }
    }

    /// The entries folded to one row per rule and place, in report order, like a hand-written
    /// table of vulnerabilities and their mitigations.
    public var mitigations: [Mitigation] {
        var rows: [Mitigation] = []
        var index: [String: Int] = [:]
        for entry in entries {
            let key = "\(entry.ruleID)\u{0}\(entry.place)"
            if let row = index[key] {
                rows[row].occurrences += 1
            } else {
                index[key] = rows.count
                rows.append(Mitigation(entry: entry, occurrences: 1))
            }
        }
        return rows
    }

    /// Returns whether `lhs` comes first in the report order: severity (critical first), place,
    /// line, rule ID, then resource.
    static func precedes(_ lhs: Entry, _ rhs: Entry) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.place != rhs.place { return lhs.place < rhs.place }
        let leftLine = lhs.location?.line ?? 0
        let rightLine = rhs.location?.line ?? 0
        if leftLine != rightLine { return leftLine < rightLine }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        if lhs.resource != rhs.resource { return lhs.resource < rhs.resource }
        return (lhs.location?.column ?? 0) < (rhs.location?.column ?? 0)
    }
}
