/// The order in which CloudFormation authors write the keys of a template's sections.
///
/// Both writers use it, so a template written twice, or once as JSON and once as YAML, lists its
/// keys the same way. Only well-known keys move: the root sections, the attributes of a
/// resource, of a parameter and of an output. Keys that are not in a list keep their relative
/// order and follow the listed ones, and every other mapping keeps its document order.
public enum TemplateKeyOrder {
    /// The root sections, in the order of the CloudFormation template anatomy page.
    public static let sections = [
        "AWSTemplateFormatVersion", "Description", "Metadata", "Transform", "Parameters", "Rules", "Mappings",
        "Conditions", "Resources", "Outputs",
    ]

    /// The attributes of one resource.
    public static let resourceAttributes = [
        "Type", "Condition", "DependsOn", "DeletionPolicy", "UpdateReplacePolicy", "CreationPolicy", "UpdatePolicy",
        "Metadata", "Properties",
    ]

    /// The attributes of one parameter.
    public static let parameterAttributes = [
        "Description", "Type", "Default", "AllowedValues", "AllowedPattern", "ConstraintDescription", "MinLength",
        "MaxLength", "MinValue", "MaxValue", "NoEcho",
    ]

    /// The attributes of one output.
    public static let outputAttributes = ["Description", "Condition", "Value", "Export"]

    /// Returns `entries` in writing order for a mapping reached through `path` (keys from the root).
    public static func ordered(_ entries: [Node.Entry], at path: [String]) -> [Node.Entry] {
        guard let order = order(at: path) else { return entries }
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return entries.enumerated()
            .sorted { lhs, rhs in
                let left = (rank[lhs.element.key] ?? order.count, lhs.offset)
                let right = (rank[rhs.element.key] ?? order.count, rhs.offset)
                return left < right
            }
            .map(\.element)
    }

    /// Whether the entries of the mapping at `path` are separated by blank lines in YAML: the
    /// root and the sections that list named items (parameters, resources, outputs, …).
    static func separatesEntries(at path: [String]) -> Bool {
        path.isEmpty
            || (path.count == 1
                && ["Parameters", "Mappings", "Conditions", "Resources", "Outputs", "Rules"]
                    .contains(path[0]))
    }

    private static func order(at path: [String]) -> [String]? {
        switch (path.count, path.first) {
        case (0, _): sections
        case (2, "Resources"): resourceAttributes
        case (2, "Parameters"): parameterAttributes
        case (2, "Outputs"): outputAttributes
        default: nil
        }
    }
}
