/// A policy field that is a string or a list of strings (`Action`, `Resource`, a principal
/// kind, a condition's values), with the entries that could not be resolved.
public struct PolicyValueList: Hashable, Sendable {
    /// The known values, in document order.
    public var values: [String]
    /// Resources of the scan named through `Ref` or `Fn::GetAtt`: their ARNs are only known
    /// after deployment, but they are never wildcards.
    public var references: [ResourceLink]
    /// Values known only at deployment that cannot be wildcards, because they are built from
    /// pseudo parameters such as `AWS::AccountId` (`arn:aws:iam::${AWS::AccountId}:root`).
    public var deploymentValues: [String]
    /// One reason per value that could not be resolved before deployment.
    public var unresolved: [String]
    /// Whether the field is present in the statement.
    public var isPresent: Bool
    /// Whether the field was written as a single string rather than a list.
    public var isScalar: Bool
    /// Where the field's value starts, when present.
    public var origin: Origin?

    /// Creates a field's values.
    public init(
        values: [String], references: [ResourceLink] = [], deploymentValues: [String] = [], unresolved: [String] = [],
        isScalar: Bool = false, origin: Origin?
    ) {
        self.values = values
        self.references = references
        self.deploymentValues = deploymentValues
        self.unresolved = unresolved
        self.isPresent = true
        self.isScalar = isScalar
        self.origin = origin
    }

    private init() {
        values = []
        references = []
        deploymentValues = []
        unresolved = []
        isPresent = false
        isScalar = false
        origin = nil
    }

    /// A field that the statement does not have.
    public static let absent = PolicyValueList()

    /// Whether some value could not be resolved.
    public var hasUnresolved: Bool { !unresolved.isEmpty }

    /// Whether the field has no value at all (absent, or an empty list).
    public var isEmpty: Bool { values.isEmpty && references.isEmpty && deploymentValues.isEmpty && unresolved.isEmpty }

    /// Whether a known value is exactly `*`.
    public var containsWildcard: Bool { values.contains("*") }

    /// Whether a known value equals `value`, ignoring case.
    public func contains(_ value: String) -> Bool {
        values.contains { $0.lowercased() == value.lowercased() }
    }
}
