/// Replaces a loop identifier of `Fn::ForEach` in a template fragment.
///
/// The `AWS::LanguageExtensions` transform replaces `${Identifier}` and `&{Identifier}` in the
/// fragment's keys (the `&` form drops characters that are not letters or digits), and
/// `Ref Identifier` and `${Identifier}` inside `Fn::Sub` in its values.
/// See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-foreach.html
enum ForEachSubstitution {
    /// Returns `key` with the identifier replaced by `value`.
    static func key(_ key: String, identifier: String, value: String) -> String {
        guard key.contains("{") else { return key }
        let alphanumeric = String(
            value.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        return key.replacingAll("${\(identifier)}", with: value).replacingAll("&{\(identifier)}", with: alphanumeric)
    }

    /// Returns a `Fn::Sub` format with the identifier replaced. The `&{…}` form is accepted
    /// here too, so a format can name a logical ID generated with it.
    private static func format(_ format: String, identifier: String, value: String) -> String {
        key(format, identifier: identifier, value: value)
    }

    /// Returns `node` with `Ref identifier` and `${identifier}` in `Fn::Sub` replaced by `value`.
    static func value(_ node: Node, identifier: String, value: String) -> Node {
        switch node.kind {
        case .sequence(let elements):
            return Node(
                .sequence(elements.map { self.value($0, identifier: identifier, value: value) }), at: node.location)
        case .mapping(let entries):
            let replaced = entries.map { entry in
                Node.Entry(
                    key: key(entry.key, identifier: identifier, value: value), keyLocation: entry.keyLocation,
                    value: self.value(entry.value, identifier: identifier, value: value))
            }
            return Node(.mapping(replaced), at: node.location)
        case .intrinsic(let call):
            if call.name == "Ref", case .string(identifier) = call.argument.kind {
                return Node(.string(value), at: node.location)
            }
            if call.name == "Fn::Sub" {
                return Node(
                    .intrinsic(Intrinsic(name: call.name, argument: substituted(call.argument, identifier, value))),
                    at: node.location)
            }
            let argument = self.value(call.argument, identifier: identifier, value: value)
            return Node(.intrinsic(Intrinsic(name: call.name, argument: argument)), at: node.location)
        default:
            return node
        }
    }

    /// Replaces `${identifier}` in the format string of an `Fn::Sub` argument, unless its
    /// variable map defines the same name.
    private static func substituted(_ argument: Node, _ identifier: String, _ value: String) -> Node {
        switch argument.kind {
        case .string(let format):
            return Node(.string(self.format(format, identifier: identifier, value: value)), at: argument.location)
        case .sequence(let parts) where parts.count == 2:
            let variables = self.value(parts[1], identifier: identifier, value: value)
            guard case .string(let format) = parts[0].kind, variables[identifier] == nil else {
                return Node(.sequence([parts[0], variables]), at: argument.location)
            }
            let replaced = Node(
                .string(self.format(format, identifier: identifier, value: value)), at: parts[0].location)
            return Node(.sequence([replaced, variables]), at: argument.location)
        default:
            return self.value(argument, identifier: identifier, value: value)
        }
    }
}

extension String {
    /// Returns the string with every occurrence of `target` replaced, without Foundation.
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
