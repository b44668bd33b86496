import RempartTemplate

/// A template output, optionally exported for other stacks' `Fn::ImportValue`.
public struct Output: Sendable {
    public var name: String
    public var description: String?
    public var value: Token
    /// The export name, or nil for an output that is not exported.
    public var exportName: Token?

    /// Creates an output.
    public init(_ name: String, description: String? = nil, value: Token, exportName: Token? = nil) {
        self.name = name
        self.description = description
        self.value = value
        self.exportName = exportName
    }

    /// `Fn::ImportValue` of this output's export, for another stack. Nil when it is not exported.
    public var imported: Token? { exportName.map(Token.importValue) }

    var node: Node {
        .map([
            ("Description", description.node),
            ("Value", value.node),
            ("Export", exportName.map { .map([("Name", $0.node)]) }),
        ])
    }
}
