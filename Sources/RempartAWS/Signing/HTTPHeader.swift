/// One HTTP header field; requests keep them as an ordered list because names may repeat.
public struct HTTPHeader: Sendable, Hashable {
    /// The field name as written; comparisons ignore case.
    public var name: String
    /// The field value as written.
    public var value: String

    /// Creates a header field.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension [HTTPHeader] {
    /// The first value for `name`, compared without regard to case.
    public func value(for name: String) -> String? {
        first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Replaces every field named `name` with one field holding `value`.
    public mutating func set(_ name: String, _ value: String) {
        removeAll { $0.name.lowercased() == name.lowercased() }
        append(HTTPHeader(name, value))
    }
}
