import RempartSupport

/// One value of a CloudFormation template, with the place it was read from.
///
/// The reader turns JSON and YAML into the same tree. Intrinsic functions, in their long
/// form (`{"Fn::Sub": …}`) and as YAML short tags (`!Sub …`), become `.intrinsic` nodes. The
/// evaluator then replaces them with plain values, or with `.unknown` and `.reference`
/// where the value cannot be known before deployment.
public struct Node: Sendable, CustomStringConvertible {
    /// The shape of a node.
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        /// A number, kept as written so `10.0` and `1e3` survive a round trip.
        case number(String)
        case string(String)
        case sequence([Node])
        /// A mapping, in document order; keys are unique after reading.
        case mapping([Entry])
        /// An intrinsic function call before evaluation: `Ref`, `Fn::Sub`, `Condition`, ….
        indirect case intrinsic(Intrinsic)
        /// A value that exists but cannot be known before deployment (a parameter without a
        /// value, a nested stack output, an unresolved import). Rules neither pass nor fail on it.
        case unknown(UnknownReason)
        /// The physical ID or an attribute of a resource, known only after deployment, but
        /// whose target is known: rules and adapters use it to link resources.
        case reference(ResourceReference)
    }

    /// One key and value of a mapping.
    public struct Entry: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: Node

        public init(key: String, keyLocation: SourceLocation, value: Node) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    /// The value.
    public var kind: Kind
    /// Where the value starts in its file.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    public var description: String { NodeFormatter.compactJSON(self) }
}

/// An intrinsic function call: its canonical long name and its single argument.
public struct Intrinsic: Sendable {
    /// The long name, as in JSON templates: `Ref`, `Fn::Sub`, `Fn::GetAtt`, `Condition`, ….
    public var name: String
    /// The argument as written (a scalar, a list or a mapping). `!GetAtt A.B` is stored as
    /// the list `[A, B]`, split at the first dot only.
    public var argument: Node

    public init(name: String, argument: Node) {
        self.name = name
        self.argument = argument
    }
}

/// Why a value is unknown, for the report's count of undecided checks.
public enum UnknownReason: Hashable, Sendable, CustomStringConvertible {
    /// A parameter with no default and no value given on the command line.
    case parameterWithoutValue(String)
    /// An attribute only known after deployment (`Fn::GetAtt` on something other than a
    /// resource Rempart can link, a nested stack output, …).
    case attribute(logicalID: String, attribute: String)
    /// An `Fn::ImportValue` whose export no scanned template declares.
    case unresolvedImport(String)
    /// A pseudo parameter that depends on the account or stack (`AWS::AccountId`, `AWS::StackId`, …).
    case pseudoParameter(String)
    /// A condition or function whose input is itself unknown.
    case dependsOnUnknown(String)
    /// A function Rempart cannot evaluate, or a malformed call that CloudFormation would reject.
    case unsupported(String)
    /// A value of the wrong kind that CloudFormation would reject, such as a string where a
    /// list of mappings is expected; the scan also reports it as an error at its location.
    case invalidValue(String)

    /// The start of `description` for `.invalidValue`, by which the scan finds these reasons
    /// among the undecided checks.
    public static let invalidValuePrefix = "invalid value: "

    public var description: String {
        switch self {
        case .parameterWithoutValue(let name): "parameter '\(name)' has no value"
        case .attribute(let id, let attribute): "'\(id).\(attribute)' is only known after deployment"
        case .unresolvedImport(let name): "no scanned template exports '\(name)'"
        case .pseudoParameter(let name): "'\(name)' is only known at deployment"
        case .dependsOnUnknown(let what): "depends on an unknown value: \(what)"
        case .unsupported(let what): "cannot be evaluated: \(what)"
        case .invalidValue(let what): Self.invalidValuePrefix + what
        }
    }
}

/// A reference to a resource: `Ref X` (no attribute) or `Fn::GetAtt X.Attr`.
public struct ResourceReference: Hashable, Sendable, CustomStringConvertible {
    /// The file of the template that declares the resource; it differs from the referring
    /// file when the reference came through `Fn::ImportValue`.
    public var file: String
    /// The logical ID of the resource.
    public var logicalID: String
    /// The attribute, or nil for `Ref`.
    public var attribute: String?

    public init(file: String, logicalID: String, attribute: String? = nil) {
        self.file = file
        self.logicalID = logicalID
        self.attribute = attribute
    }

    public var description: String {
        attribute.map { "\(logicalID).\($0)" } ?? logicalID
    }
}
