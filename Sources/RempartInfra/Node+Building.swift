import RempartSupport
import RempartTemplate

/// Builders for the template values that constructs render.
///
/// Synthesized nodes come from no file, so they carry `SourceLocation.synthesized`.
extension Node {
    /// A string scalar.
    static func string(_ text: String) -> Node { Node(.string(text), at: .synthesized) }

    /// An integer scalar.
    static func number(_ value: Int) -> Node { Node(.number(String(value)), at: .synthesized) }

    /// A boolean scalar.
    static func bool(_ value: Bool) -> Node { Node(.bool(value), at: .synthesized) }

    /// A sequence.
    static func list(_ elements: [Node]) -> Node { Node(.sequence(elements), at: .synthesized) }

    /// A mapping in the given order; entries whose value is nil are left out, so optional
    /// properties disappear from the template.
    static func map(_ entries: [(String, Node?)]) -> Node {
        let kept = entries.compactMap { key, value in
            value.map { Node.Entry(key: key, keyLocation: .synthesized, value: $0) }
        }
        return Node(.mapping(kept), at: .synthesized)
    }

    /// An intrinsic function call.
    static func intrinsic(_ name: String, _ argument: Node) -> Node {
        Node(.intrinsic(Intrinsic(name: name, argument: argument)), at: .synthesized)
    }

    /// A list of `Key`/`Value` tags, or nil when there are none.
    static func tags(_ tags: [Tag]) -> Node? {
        tags.isEmpty ? nil : .list(tags.map { .map([("Key", .string($0.key)), ("Value", $0.value.node)]) })
    }
}

extension SourceLocation {
    /// The location of a node built in Swift rather than read from a file: line and column 0.
    public static let synthesized = SourceLocation(file: "<synthesized>", line: 0, column: 0)
}

extension Optional where Wrapped == Token {
    /// The token's node, or nil.
    var node: Node? { self?.node }
}

extension Optional where Wrapped == Bool {
    /// The boolean as a node, or nil.
    var node: Node? { self.map(Node.bool) }
}

extension Optional where Wrapped == Int {
    /// The integer as a node, or nil.
    var node: Node? { self.map(Node.number) }
}

extension Optional where Wrapped == String {
    /// The string as a node, or nil.
    var node: Node? { self.map(Node.string) }
}
