import Foundation

/// Typed EC2 operations (EC2 query protocol, API version 2016-11-15).
///
/// Operations are grouped by resource in `EC2+<Resource>.swift`. Describe calls follow
/// `nextToken` until the last page.
public struct EC2: Sendable {
    /// A `Filter.N` of a describe call.
    public struct Filter: Sendable, Equatable {
        /// The filter name, such as `vpc-id` or `tag:Name`.
        public var name: String
        /// The accepted values.
        public var values: [String]

        /// Creates a filter.
        public init(_ name: String, _ values: [String]) {
            self.name = name
            self.values = values
        }

        var queryValue: QueryValue {
            .structure([("Name", .string(name)), ("Value", .list(values.map { .string($0) }))])
        }
    }

    /// The client that signs and sends calls.
    public var client: AWSClient

    /// Creates the EC2 client.
    public init(client: AWSClient) {
        self.client = client
    }

    /// Calls `action` and returns the response root.
    public func call(_ action: String, _ parameters: [(String, QueryValue)] = []) async throws -> XMLNode {
        try await client.query(.ec2, action, parameters)
    }

    /// Calls a describe action on every page and returns the items of the list at `listPath`.
    func describe(
        _ action: String, _ parameters: [(String, QueryValue)], list listPath: String
    ) async throws -> [XMLNode] {
        try await client.paginate { token in
            var page = parameters
            if let token { page.append(("NextToken", .string(token))) }
            let root = try await call(action, page)
            return (root.list(listPath), root.string("nextToken"))
        }
    }

    /// Builds `Filter.N` and the optional ID list parameter.
    func describeParameters(ids: [String], idName: String, filters: [Filter]) -> [(String, QueryValue)] {
        var parameters: [(String, QueryValue)] = []
        if !ids.isEmpty { parameters.append((idName, .list(ids.map { .string($0) }))) }
        if !filters.isEmpty { parameters.append(("Filter", .list(filters.map(\.queryValue)))) }
        return parameters
    }

    /// Builds `TagSpecification.1` for `resourceType`, or nothing when `tags` is empty.
    func tagSpecification(_ resourceType: String, _ tags: [String: String]) -> [(String, QueryValue)] {
        guard !tags.isEmpty else { return [] }
        return [
            (
                "TagSpecification",
                .list([
                    .structure([
                        ("ResourceType", .string(resourceType)),
                        ("Tag", Self.tagList(tags)),
                    ])
                ])
            )
        ]
    }

    /// Tags as a `Tag.N.Key`/`Tag.N.Value` list, sorted by key.
    static func tagList(_ tags: [String: String]) -> QueryValue {
        .list(tags.keys.sorted().map { .structure([("Key", .string($0)), ("Value", .string(tags[$0] ?? ""))]) })
    }
}
