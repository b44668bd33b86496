import RempartSupport
import RempartTemplate

/// A property value of a construct: a literal, or an intrinsic function that CloudFormation
/// evaluates at deployment (`Ref`, `Fn::GetAtt`, `Fn::Sub`, `Fn::ImportValue`, …).
///
/// Like the AWS CDK's tokens, a token is built from typed references (`vpc.ref`,
/// `bucket.arn`) rather than strings, so a renamed construct cannot leave a dangling `Ref`.
public struct Token: Sendable, ExpressibleByStringLiteral {
    /// The template value.
    public var node: Node

    /// Creates a token from a template value.
    public init(_ node: Node) {
        self.node = node
    }

    /// Creates a literal string token.
    public init(stringLiteral value: String) {
        self.init(.string(value))
    }

    /// Creates a literal string.
    public static func literal(_ text: String) -> Token { Token(.string(text)) }

    /// Creates a literal integer.
    public static func number(_ value: Int) -> Token { Token(.number(value)) }

    /// `Ref` to a resource, a parameter or a pseudo parameter.
    public static func ref(_ name: String) -> Token { Token(.intrinsic("Ref", .string(name))) }

    /// `Fn::GetAtt` of a resource attribute.
    public static func getAtt(_ logicalID: String, _ attribute: String) -> Token {
        Token(.intrinsic("Fn::GetAtt", .list([.string(logicalID), .string(attribute)])))
    }

    /// `Fn::Sub` of a template string whose `${Name}` and `${Name.Attribute}` are resolved by CloudFormation.
    public static func sub(_ template: String) -> Token { Token(.intrinsic("Fn::Sub", .string(template))) }

    /// `Fn::ImportValue` of another stack's export.
    public static func importValue(_ exportName: Token) -> Token {
        Token(.intrinsic("Fn::ImportValue", exportName.node))
    }

    /// `Fn::Select` of one element of a list.
    public static func select(_ index: Int, _ list: Token) -> Token {
        Token(.intrinsic("Fn::Select", .list([.number(index), list.node])))
    }

    /// `Fn::GetAZs` of a region; the empty string means the stack's region.
    public static func availabilityZones(in region: String = "") -> Token {
        Token(.intrinsic("Fn::GetAZs", .string(region)))
    }

    /// `Fn::Join` of values with a separator.
    public static func join(_ separator: String, _ values: [Token]) -> Token {
        Token(.intrinsic("Fn::Join", .list([.string(separator), .list(values.map(\.node))])))
    }

    /// The `AWS::AccountId` pseudo parameter.
    public static let accountID = Token.ref("AWS::AccountId")
    /// The `AWS::Region` pseudo parameter.
    public static let region = Token.ref("AWS::Region")
    /// The `AWS::Partition` pseudo parameter.
    public static let partition = Token.ref("AWS::Partition")
}

extension Token {
    /// Returns the token with `prefix` put in front: inside the `Fn::Sub` text, or before a literal.
    /// A literal becomes `Fn::Sub` when the prefix has a `${…}` variable, so the literal must not
    /// contain `${` itself. Other intrinsics become `Fn::Join`.
    public func prefixed(_ prefix: String) -> Token {
        if case .string(let text) = node.kind {
            return prefix.contains("${") ? .sub(prefix + text) : .literal(prefix + text)
        }
        if case .intrinsic(let call) = node.kind, call.name == "Fn::Sub", case .string(let text) = call.argument.kind {
            return .sub(prefix + text)
        }
        return .join("", [.literal(prefix), self])
    }
}

extension Token {
    /// Returns the token with `suffix` put after it, the counterpart of `prefixed(_:)`.
    public func suffixed(_ suffix: String) -> Token {
        if case .string(let text) = node.kind {
            return suffix.contains("${") ? .sub(text + suffix) : .literal(text + suffix)
        }
        if case .intrinsic(let call) = node.kind, call.name == "Fn::Sub", case .string(let text) = call.argument.kind {
            return .sub(text + suffix)
        }
        return .join("", [self, .literal(suffix)])
    }
}
