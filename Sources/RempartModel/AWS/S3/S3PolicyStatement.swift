/// One statement of a bucket policy, reduced to what the rules read.
public struct S3PolicyStatement: Sendable {
    /// The statement in the template.
    public var origin: Origin
    /// `Effect`: `Allow` or `Deny`.
    public var effect: Resolved<String>
    /// `Principal.Service` values.
    public var servicePrincipals: [String]
    /// `Principal.AWS` values, or `*` when `Principal` is `"*"`.
    public var awsPrincipals: [String]
    /// `Action` values (a single action is a one-element list).
    public var actions: [String]
    /// Whether `Condition` is present.
    public var hasCondition: Bool
    /// Set when part of the statement (principal or action) cannot be known.
    public var unknownReason: String?
    /// `Resource` values (ARNs); filled from live bucket policies, empty for templates.
    public var resources: [String]
    /// The keys of `Condition`; filled from live bucket policies, empty for templates.
    public var conditions: [PolicyCondition]

    /// Creates a statement.
    public init(
        origin: Origin, effect: Resolved<String>, servicePrincipals: [String], awsPrincipals: [String],
        actions: [String], hasCondition: Bool, unknownReason: String? = nil, resources: [String] = [],
        conditions: [PolicyCondition] = []
    ) {
        self.origin = origin
        self.effect = effect
        self.servicePrincipals = servicePrincipals
        self.awsPrincipals = awsPrincipals
        self.actions = actions
        self.hasCondition = hasCondition
        self.unknownReason = unknownReason
        self.resources = resources
        self.conditions = conditions
    }

    /// Returns whether the statement allows `action` (compared without case) to `service`.
    public func allows(_ action: String, toService service: String) -> Bool {
        guard case .known(let effect) = effect.state, effect.lowercased() == "allow" else { return false }
        let action = action.lowercased()
        let matchesAction = actions.contains { candidate in
            let candidate = candidate.lowercased()
            return candidate == action || candidate == "s3:*" || candidate == "*"
        }
        return matchesAction && servicePrincipals.contains(service)
    }
}
