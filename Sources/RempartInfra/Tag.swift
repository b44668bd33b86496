/// A resource tag.
public struct Tag: Sendable {
    /// The tag key, such as `Name`.
    public var key: String
    /// The tag value.
    public var value: Token

    /// Creates a tag.
    public init(_ key: String, _ value: Token) {
        self.key = key
        self.value = value
    }

    /// A `Name` tag, which the EC2 console shows as the resource's name.
    public static func name(_ value: Token) -> Tag { Tag("Name", value) }
}
