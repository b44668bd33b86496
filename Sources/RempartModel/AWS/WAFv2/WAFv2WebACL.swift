/// A WAFv2 web ACL (`AWS::WAFv2::WebACL`).
public struct WAFv2WebACL: AWSResource, Hashable {
    public var address: ResourceAddress
    /// `Rules`, in order; unresolved when the list cannot be read.
    public var rules: Resolved<[Rule]>

    /// One rule of the web ACL.
    public struct Rule: Hashable, Sendable {
        /// `Statement.ManagedRuleGroupStatement.Name`, for managed rule groups.
        public var managedRuleGroupName: Resolved<String?>
        /// `Statement.ManagedRuleGroupStatement.ExcludedRules[].Name`: rules set to count.
        public var excludedRuleNames: [Resolved<String>]
        /// The key of `OverrideAction` (`None` or `Count`), when present.
        public var overrideAction: Resolved<String?>
        /// Where the rule starts.
        public var origin: Origin

        /// Creates a rule.
        public init(
            managedRuleGroupName: Resolved<String?>, excludedRuleNames: [Resolved<String>],
            overrideAction: Resolved<String?>, origin: Origin
        ) {
            self.managedRuleGroupName = managedRuleGroupName
            self.excludedRuleNames = excludedRuleNames
            self.overrideAction = overrideAction
            self.origin = origin
        }
    }

    /// Creates a web ACL with no rules, located at the resource.
    public init(address: ResourceAddress) {
        self.address = address
        rules = .defaulted([], at: address.origin)
    }
}
