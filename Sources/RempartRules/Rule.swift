import RempartModel

/// A check over the AWS state.
///
/// Rules see typed values only, never JSON, YAML or API responses, so the same rule runs on
/// templates, on Swift definitions and on a live account.
public protocol Rule: Sendable {
    /// The metadata of this rule type.
    static var metadata: RuleMetadata { get }
    /// The metadata of this instance; families of rules that share an implementation override it.
    var metadata: RuleMetadata { get }
    /// Returns one result per resource the rule applies to: passed, failed or unknown.
    func evaluate(_ state: AWSState) -> [CheckResult]
}

extension Rule {
    public var metadata: RuleMetadata { Self.metadata }
}
