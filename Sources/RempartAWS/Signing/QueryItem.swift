/// One decoded query parameter; requests keep them as an ordered list because names may repeat.
public struct QueryItem: Sendable, Hashable {
    /// The parameter name, not percent-encoded.
    public var name: String
    /// The parameter value, not percent-encoded; empty for `?flag` and `?flag=`.
    public var value: String

    /// Creates a parameter.
    public init(_ name: String, _ value: String = "") {
        self.name = name
        self.value = value
    }
}
