import RempartTemplate

/// A template parameter.
public struct Parameter: Sendable {
    public var name: String
    public var description: String?
    /// `String`, `Number`, `AWS::EC2::KeyPair::KeyName`, ….
    public var type: String
    /// The default, as CloudFormation receives every parameter value: a string, or a number for `Number`.
    public var defaultValue: Node?
    public var allowedValues: [String]
    public var allowedPattern: String?
    public var constraintDescription: String?
    public var minValue: Int?

    /// Creates a parameter.
    public init(
        _ name: String, description: String? = nil, type: String = "String", defaultValue: String? = nil,
        allowedValues: [String] = [], allowedPattern: String? = nil, constraintDescription: String? = nil
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.defaultValue = defaultValue.map(Node.string)
        self.allowedValues = allowedValues
        self.allowedPattern = allowedPattern
        self.constraintDescription = constraintDescription
    }

    /// Creates a `Number` parameter.
    public static func number(_ name: String, description: String? = nil, defaultValue: Int, minValue: Int? = nil)
        -> Parameter
    {
        var parameter = Parameter(name, description: description, type: "Number")
        parameter.defaultValue = .number(defaultValue)
        parameter.minValue = minValue
        return parameter
    }

    /// `Ref` to this parameter.
    public var ref: Token { .ref(name) }

    var node: Node {
        .map([
            ("Description", description.node),
            ("Type", .string(type)),
            ("Default", defaultValue),
            ("AllowedValues", allowedValues.isEmpty ? nil : .list(allowedValues.map(Node.string))),
            ("AllowedPattern", allowedPattern.node),
            ("ConstraintDescription", constraintDescription.node),
            ("MinValue", minValue.node),
        ])
    }
}
