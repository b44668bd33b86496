/// A request parameter for the EC2 and query protocols, before it is flattened to `Name.N` pairs.
///
/// Build requests as literals: `["VpcId": "vpc-1", "Filter": [["Name": "tag:Name", "Value": ["web"]]]]`.
public indirect enum QueryValue: Sendable, Equatable {
    /// A scalar.
    case string(String)
    /// A list: `Name.N` for EC2, `Name.member.N` for query.
    case list([QueryValue])
    /// A structure whose members become `Name.Member`.
    case structure([(String, QueryValue)])
    /// A map: `Name.entry.N.key` and `Name.entry.N.value` for query (EC2 has no maps).
    case map([(String, String)])

    public static func == (lhs: QueryValue, rhs: QueryValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.structure(let a), .structure(let b)): return a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        case (.map(let a), .map(let b)): return a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        default: return false
        }
    }

    /// A Boolean as `true`/`false`.
    public static func bool(_ value: Bool) -> QueryValue { .string(value ? "true" : "false") }

    /// An integer.
    public static func int(_ value: Int) -> QueryValue { .string(String(value)) }
}

// MARK: - Literals

extension QueryValue: ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: QueryValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, QueryValue)...) { self = .structure(elements) }
    public init(integerLiteral value: Int) { self = .string(String(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
