import Foundation
import RempartRules
import RempartSupport
import RempartTemplate

/// The settings of a scan: evaluation inputs, rule selection, suppressions and concurrency.
public struct ScanOptions: Sendable {
    /// Parameter values, region and account used to evaluate the templates.
    public var resolution: ResolutionOptions
    /// The rules to consider; deprecated and live-only ones are dropped unless asked for.
    public var rules: [any Rule]
    /// Whether deprecated rules run too (they are skipped by default, as in trivy).
    public var includeDeprecated: Bool
    /// Rule IDs, slugs or aliases not to run (`--skip-rules`).
    public var skippedRules: [String]
    /// Only findings of these severities are reported; every severity when empty.
    public var severities: Set<Severity>
    /// Suppressions read from an ignore file, applied after the in-source ones.
    public var ignoreFile: IgnoreFile?
    /// The directory paths are reported relative to (the current directory).
    public var workingDirectory: String
    /// Stop after reading the files: no evaluation and no rules (for benchmarks).
    public var parseOnly: Bool
    /// How many files are read at once.
    public var concurrency: Int
    /// The day expiry dates of the ignore file and of comment directives are compared with.
    public var today: Date
    /// What the scan looks for (`--scanners`); misconfigurations and secrets by default.
    public var scanners: Set<ScannerKind> = Set(ScannerKind.allCases)

    /// Creates options; every argument has the default a plain `rempart scan` uses.
    public init(
        resolution: ResolutionOptions = ResolutionOptions(), rules: [any Rule] = AllRules.rules,
        includeDeprecated: Bool = false, skippedRules: [String] = [], severities: Set<Severity> = [],
        ignoreFile: IgnoreFile? = nil, workingDirectory: String = FileManager.default.currentDirectoryPath,
        parseOnly: Bool = false, concurrency: Int = ProcessInfo.processInfo.activeProcessorCount, today: Date = Date()
    ) {
        self.resolution = resolution
        self.rules = rules
        self.includeDeprecated = includeDeprecated
        self.skippedRules = skippedRules
        self.severities = severities
        self.ignoreFile = ignoreFile
        self.workingDirectory = workingDirectory
        self.parseOnly = parseOnly
        self.concurrency = max(1, concurrency)
        self.today = today
    }

    /// The rules that run: in the default framework, not deprecated (unless included), runnable on
    /// templates, and not skipped.
    public var activeRules: [any Rule] {
        rules.filter { rule in
            let metadata = rule.metadata
            guard metadata.scope == .everywhere else { return false }
            guard includeDeprecated || !metadata.isDeprecated else { return false }
            // Rules outside trivy's `default` framework belong to compliance profiles, not plain scans.
            guard metadata.frameworks.contains("default") else { return false }
            return !skippedRules.contains { metadata.isNamed($0) }
        }
    }

    /// Whether the rules run.
    public var scansMisconfigurations: Bool { scanners.contains(.misconfig) && !parseOnly }

    /// Whether files and templates are searched for secrets; `parseOnly` turns it off too.
    public var scansSecrets: Bool { scanners.contains(.secret) && !parseOnly }

    /// The names in `skippedRules` that match no rule, so the user can fix a typo.
    public var unknownSkippedRules: [String] {
        skippedRules.filter { name in !rules.contains { $0.metadata.isNamed(name) } }
    }
}
