/// One statement of an IAM policy document.
public struct PolicyStatement: Hashable, Sendable {
    /// The `Sid`, when present.
    public var sid: String?
    /// The `Effect` as written (`Allow` or `Deny`); nil when missing or unresolved.
    public var effect: String?
    /// `Action`: the actions the statement applies to.
    public var actions: PolicyValueList
    /// `NotAction`: the actions the statement excludes.
    public var notActions: PolicyValueList
    /// `Resource`.
    public var resources: PolicyValueList
    /// `NotResource`.
    public var notResources: PolicyValueList
    /// `Principal`, for resource-based and trust policies.
    public var principal: PolicyPrincipal?
    /// `NotPrincipal`.
    public var notPrincipal: PolicyPrincipal?
    /// `Condition`, one entry per operator and key.
    public var conditions: [PolicyCondition]
    /// Why parts of the statement (the effect, the condition block) could not be read, if any.
    public var unresolvedParts: [String]
    /// Where the statement starts.
    public var origin: Origin

    /// Creates a statement.
    public init(
        sid: String? = nil, effect: String?, actions: PolicyValueList = .absent,
        notActions: PolicyValueList = .absent, resources: PolicyValueList = .absent,
        notResources: PolicyValueList = .absent, principal: PolicyPrincipal? = nil,
        notPrincipal: PolicyPrincipal? = nil, conditions: [PolicyCondition] = [], unresolvedParts: [String] = [],
        origin: Origin
    ) {
        self.sid = sid
        self.effect = effect
        self.actions = actions
        self.notActions = notActions
        self.resources = resources
        self.notResources = notResources
        self.principal = principal
        self.notPrincipal = notPrincipal
        self.conditions = conditions
        self.unresolvedParts = unresolvedParts
        self.origin = origin
    }

    /// Whether the effect is `Allow`. IAM matches the effect exactly; trivy lower-cases it.
    public var isAllow: Bool { effect?.lowercased() == "allow" }

    /// Whether the effect is `Deny`.
    public var isDeny: Bool { effect?.lowercased() == "deny" }

    /// Whether the statement has a `Condition` block with at least one key.
    public var hasConditions: Bool { !conditions.isEmpty }

    /// Whether one of the known actions matches `action` as IAM matches it: case-insensitive,
    /// with `*` and `?` wildcards in the statement's pattern.
    public func allowsAction(matching action: String) -> Bool {
        actions.values.contains { PolicyPattern.matches(pattern: $0, value: action) }
    }

    /// Whether the known actions contain `action` exactly, ignoring case (no wildcard expansion).
    public func listsAction(_ action: String) -> Bool {
        actions.values.contains { $0.lowercased() == action.lowercased() }
    }

    /// Whether the statement names a condition key, ignoring case (`aws:MultiFactorAuthPresent`).
    public func hasConditionKey(_ key: String) -> Bool {
        conditions.contains { $0.key.lowercased() == key.lowercased() }
    }
}
