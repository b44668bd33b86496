import RempartSupport

/// What a rule checks, how bad a failure is, and how to fix it, in English and French.
public struct RuleMetadata: Sendable {
    /// Where a rule can run.
    public enum Scope: String, Sendable, Codable, CaseIterable {
        /// On templates and Swift definitions (`scan`, `synth`) as well as live accounts.
        case everywhere
        /// Only on a live account (`audit`), because only live data can answer it.
        case liveOnly = "live-only"
    }

    /// An example template, good or bad, that documents the rule and tests it.
    ///
    /// In bad examples, the marker `↓` stands before the value the finding must point at;
    /// it is stripped before parsing. What the example shows goes in `comment`, in every
    /// language, rather than in a YAML comment, which would read English in French output.
    public struct Example: Sendable {
        /// The template, as the tests parse it.
        public var yaml: String
        /// A note printed above the template as YAML comment lines, such as what a live audit
        /// finds for a live-only rule.
        public var comment: LocalizedText?
        public var file: String
        public var line: Int

        /// Creates an example of `yaml` with an optional `comment`.
        public init(_ yaml: String, comment: LocalizedText? = nil, file: StaticString = #filePath, line: UInt = #line) {
            self.yaml = yaml
            self.comment = comment
            self.file = "\(file)"
            self.line = Int(line)
        }

        /// Returns the example as a user would write it in `language`: the comment as `#` lines,
        /// then the template without its `↓` markers and without a trailing newline.
        public func text(in language: Language) -> String {
            var text = yaml.replacingOccurrences(of: "↓", with: "")
            while text.hasSuffix("\n") { text.removeLast() }
            guard let comment else { return text }
            let lines = comment(language).split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)" }
            return (lines + [text]).joined(separator: "\n")
        }
    }

    /// trivy's `AVD-AWS-NNNN` where trivy has the same check, else `RMP-AWS-NNNN`.
    public var id: String
    /// checkov IDs (`CKV_AWS_24`) and other names that mean the same check.
    ///
    /// A checkov ID names one rule per resource type: where one checkov check spans types that
    /// trivy checks under separate IDs (API Gateway stages and SAM APIs), each of those rules
    /// lists it, and their `resourceTypes` do not overlap.
    public var aliases: [String]
    /// A stable kebab-case name, such as `no-public-ingress-sgr`.
    public var slug: String
    /// The AWS service, lower case: `ec2`, `s3`, ….
    public var service: String
    public var severity: Severity
    /// The state the rule requires, as a short sentence.
    public var title: LocalizedText
    /// Why the state matters.
    public var rationale: LocalizedText
    /// How to reach the required state, with the CloudFormation property to set.
    public var remediation: LocalizedText
    /// Documentation pages for the check.
    public var links: [String]
    /// Cases the rule cannot decide or decides differently from other scanners.
    public var limitations: LocalizedText?
    /// The CloudFormation resource types the rule reads.
    public var resourceTypes: [String]
    public var scope: Scope
    /// Deprecated rules are listed but never report anything, as in trivy.
    public var isDeprecated: Bool
    /// Templates the rule must pass.
    public var goodExamples: [Example]
    /// Templates the rule must fail.
    public var badExamples: [Example]
    /// The compliance frameworks the rule belongs to, as trivy names them (`default`,
    /// `cis-aws-1.4`, …). Rules outside `default` run only when a framework asks for them.
    public var frameworks: [String]

    public init(
        id: String, aliases: [String] = [], slug: String, service: String, severity: Severity,
        title: LocalizedText, rationale: LocalizedText, remediation: LocalizedText, links: [String] = [],
        limitations: LocalizedText? = nil, resourceTypes: [String], scope: Scope = .everywhere,
        isDeprecated: Bool = false, goodExamples: [Example] = [], badExamples: [Example] = [],
        frameworks: [String] = ["default"]
    ) {
        self.id = id
        self.aliases = aliases
        self.slug = slug
        self.service = service
        self.severity = severity
        self.title = title
        self.rationale = rationale
        self.remediation = remediation
        self.links = links
        self.limitations = limitations
        self.resourceTypes = resourceTypes
        self.scope = scope
        self.isDeprecated = isDeprecated
        self.goodExamples = goodExamples
        self.badExamples = badExamples
        self.frameworks = frameworks
    }

    /// Whether a plain scan runs the rule: not deprecated and in the `default` framework.
    public var runsByDefault: Bool { !isDeprecated && frameworks.contains("default") }

    /// Returns whether `name` is this rule's ID, slug, long ID (`aws-SERVICE-SLUG`) or one of its aliases,
    /// ignoring case.
    public func isNamed(_ name: String) -> Bool {
        let name = name.uppercased()
        return id.uppercased() == name || slug.uppercased() == name || aliases.contains { $0.uppercased() == name }
            || (id.hasPrefix("AVD-") && id.dropFirst(4).uppercased() == name)
            || "AWS-\(service)-\(slug)".uppercased() == name
    }
}
