/// A policy embedded in a role, user or group through its `Policies` property.
public struct IAMInlinePolicy: Hashable, Sendable {
    /// `PolicyName`.
    public var name: Resolved<String>
    /// `PolicyDocument`.
    public var document: Resolved<PolicyDocument>
    /// Where the policy entry starts.
    public var origin: Origin

    /// Creates an inline policy.
    public init(name: Resolved<String>, document: Resolved<PolicyDocument>, origin: Origin) {
        self.name = name
        self.document = document
        self.origin = origin
    }
}
