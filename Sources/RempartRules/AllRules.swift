/// Every rule Rempart runs, sorted by ID.
///
/// Rules are listed here explicitly rather than registered by side effect; a test checks the
/// list is sorted, has unique IDs and matches the files under `Rules/`.
public enum AllRules {
    /// The rules, sorted by ID.
    public static let rules: [any Rule] = []

    /// Returns the rule named `name` (ID, slug or alias), if any.
    public static func rule(named name: String) -> (any Rule)? {
        rules.first { $0.metadata.isNamed(name) }
    }
}
