import RempartModel
import RempartRules
import RempartSupport

/// A failed check, ready for the reports.
public struct Finding: Sendable {
    /// The rule that failed.
    public var rule: RuleMetadata {
        get { ruleReference.metadata }
        set { ruleReference = RuleReference(newValue) }
    }
    /// The rule's metadata, shared by every finding of the rule instead of copied into each.
    private var ruleReference: RuleReference
    /// The resource the rule failed on.
    public var resource: ResourceAddress
    /// The offending value, or the resource when the value is defaulted.
    public var location: SourceLocation?
    /// What exactly is wrong, such as `port 22 open to 0.0.0.0/0`.
    public var detail: LocalizedText?
    /// Set when a comment, metadata or the ignore file suppresses the finding.
    public var suppression: Suppression?
    /// The text of the line at `location`, for reports that show the offending source.
    public var sourceLine: String?
    /// Where the offending value sits in the resource's `Properties`, such as
    /// `SecurityGroupIngress[0].CidrIp`; `""` for the resource itself, nil when unknown.
    public var propertyPath: String?

    /// Creates a finding.
    public init(
        rule: RuleMetadata, resource: ResourceAddress, location: SourceLocation?, detail: LocalizedText? = nil,
        suppression: Suppression? = nil
    ) {
        self.init(
            ruleReference: RuleReference(rule), resource: resource, location: location, detail: detail,
            suppression: suppression)
    }

    /// Creates a finding that shares `ruleReference` with the other findings of its rule.
    init(
        ruleReference: RuleReference, resource: ResourceAddress, location: SourceLocation?,
        detail: LocalizedText? = nil,
        suppression: Suppression? = nil
    ) {
        self.ruleReference = ruleReference
        self.resource = resource
        self.location = location
        self.detail = detail
        self.suppression = suppression
    }

    /// The file the finding is in, for grouping in reports; for a live resource, its account
    /// region as `aws:REGION`.
    public var file: String { location?.file ?? resource.file ?? resource.region.map { "aws:\($0)" } ?? "" }

    /// Whether the finding counts toward the exit code and the totals.
    public var isSuppressed: Bool { suppression != nil }

    /// The order reports list findings in: file, line, column, rule ID, then resource.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = (lhs.file, lhs.location?.line ?? 0, lhs.location?.column ?? 0, lhs.rule.id, lhs.resource.name)
        let right = (rhs.file, rhs.location?.line ?? 0, rhs.location?.column ?? 0, rhs.rule.id, rhs.resource.name)
        return left < right
    }
}
