import RempartModel
import RempartRules
import RempartSupport

/// Everything a scan produced, for the reports and the exit code.
public struct ScanResult: Sendable {
    /// Check counts of one file.
    public struct Counts: Sendable, Equatable {
        public var passed = 0
        public var failed = 0
        /// Checks that could not decide because a value was unknown.
        public var undecided = 0

        /// Creates zero counts.
        public init() {}
    }

    /// Every file looked at, sorted by path.
    public var files: [ScannedFile]
    /// The failed checks of the reported severities, suppressed ones included, in report order.
    public var findings: [Finding]
    /// The checks left undecided because a value was unknown, in report order.
    public var undecided: [UndecidedCheck] = []
    /// Check counts by file path.
    public var counts: [String: Counts]
    /// The metadata of every rule that ran, sorted by ID.
    public var rules: [RuleMetadata]
    /// Warnings and errors about the input: unreadable files, missing parameter values, ….
    public var diagnostics: [Diagnostic]
    /// Paths named on the command line that do not exist.
    public var missingPaths: [String] = []
    /// The AWS state the rules ran on, for the architecture diagram; nil when nothing was evaluated.
    public var state: AWSState?
    /// Reads of a live account that failed, so the checks they feed are undecided (audits only).
    public var gaps: [AWSState.Gap] = []
    /// The `Name` tag of live resources, by resource ID, so reports can show
    /// `web-1 (i-0abc…)` (audits only).
    public var resourceNames: [String: String] = [:]
    /// Differences between the templates and the live account (audits with templates only).
    public var drift: [ResourceDrift] = []
    /// The secrets of the reported severities, suppressed ones included, in report order.
    public var secrets: [ReportedSecret] = []
    /// The scanners that ran.
    public var scanners: Set<ScannerKind> = []
    /// Whether the files were only read (`--parse-only`): no rule ran and no secret was searched.
    public var isParseOnly = false
    /// How many files were read for secrets; zero when the secret scanner is off.
    public var secretScannedFileCount = 0
    /// The values of `NoEcho` parameters, which every printed text hides.
    var noEchoMask = NoEchoMask([])

    /// Creates a result.
    public init(
        files: [ScannedFile] = [], findings: [Finding] = [], counts: [String: Counts] = [:], rules: [RuleMetadata] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.files = files
        self.findings = findings
        self.counts = counts
        self.rules = rules
        self.diagnostics = diagnostics
    }


    /// The number of files in `status`.
    public func fileCount(_ status: ScannedFile.Status) -> Int {
        files.filter { $0.status == status }.count
    }

    /// The paths of the scanned files that CloudFormation would reject: an error diagnostic
    /// (an invalid logical ID, an export name already used, a `Type` that is not a string, …)
    /// names them. Their checks ran on what could be read, so they stay `scanned`, but the
    /// exit code is 2 as for a rejected file. Sorted by path.
    public var invalidFiles: [String] {
        let scanned = Set(files.filter { $0.status == .scanned }.map(\.path))
        let named = diagnostics.filter { $0.level == .error }.compactMap(\.file)
        return Set(named).intersection(scanned).sorted()
    }

    /// The findings that count: not suppressed.
    public var activeFindings: [Finding] { findings.filter { !$0.isSuppressed } }

    /// The findings grouped by file path, each group in report order.
    public var findingsByFile: [String: [Finding]] { Dictionary(grouping: findings, by: \.file) }

    /// The number of suppressed findings.
    public var suppressedCount: Int { findings.reduce(0) { $0 + ($1.isSuppressed ? 1 : 0) } }

    /// The number of checks left undecided because a value was unknown, over every file.
    public var undecidedCount: Int { counts.values.reduce(0) { $0 + $1.undecided } }

    /// Whether the scan found nothing to scan: no template for the misconfiguration scanner,
    /// and no text file when only the secret scanner ran.
    public var scannedNoFile: Bool {
        let onlySecrets = scanners == [.secret]
        return files.isEmpty && (!onlySecrets || secretScannedFileCount == 0)
    }

    /// The secrets that count: not suppressed.
    public var activeSecrets: [ReportedSecret] { secrets.filter { !$0.isSuppressed } }

    /// The number of suppressed secrets.
    public var suppressedSecretCount: Int { secrets.reduce(0) { $0 + ($1.isSuppressed ? 1 : 0) } }

    /// The secrets grouped by file path, each group in report order.
    public var secretsByFile: [String: [ReportedSecret]] { Dictionary(grouping: secrets, by: \.file) }

    /// The highest severity among the findings and secrets that count, or nil when there are none.
    public var highestSeverity: Severity? {
        let misconfiguration = findings.lazy.filter { !$0.isSuppressed }.map(\.rule.severity).max()
        let secret = secrets.lazy.filter { !$0.isSuppressed }.map(\.finding.severity).max()
        return [misconfiguration, secret].compactMap { $0 }.max()
    }
}
