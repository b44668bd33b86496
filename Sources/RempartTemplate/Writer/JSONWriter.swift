/// Writes a template tree as pretty JSON: two-space indentation, one key or element per line.
///
/// The output is deterministic: the root sections and the attributes of resources,
/// parameters and outputs follow `TemplateKeyOrder`, and other mappings keep their order.
/// Intrinsic functions use their long form (`{"Ref": "VPC"}`, `{"Fn::GetAtt": ["Key", "Arn"]}`).
/// A number read from YAML in a form JSON lacks (`0x1F`, `1_000`, `.inf`) is written as a
/// string, which CloudFormation accepts wherever it accepts the number.
public struct JSONWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Returns the JSON text of `root`, ending with a line break.
    ///
    /// - Throws: `TemplateWriterError.unknownValue` when the tree holds an evaluated `.unknown` value.
    public func write(_ root: Node) throws(TemplateWriterError) -> String {
        var output = ""
        try append(root, indent: 0, path: [], to: &output)
        return output + "\n"
    }

    private func append(_ node: Node, indent: Int, path: [String], to output: inout String) throws(TemplateWriterError)
    {
        switch node.kind {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let text): output += Self.isJSONNumber(text) ? text : Self.quoted(text)
        case .string(let text): output += Self.quoted(text)
        case .sequence(let elements):
            try appendContainer(
                elements.enumerated().map { (nil, $1, String($0)) }, brackets: ("[", "]"),
                indent: indent, path: path, to: &output)
        case .mapping(let entries):
            let ordered = TemplateKeyOrder.ordered(entries, at: path)
            try appendContainer(
                ordered.map { ($0.key, $0.value, $0.key) }, brackets: ("{", "}"),
                indent: indent, path: path, to: &output)
        case .intrinsic(let call):
            try appendContainer(
                [(call.name, call.argument, call.name)], brackets: ("{", "}"),
                indent: indent, path: path, to: &output)
        case .reference(let reference):
            let location = node.location
            let argument: Node
            if let attribute = reference.attribute {
                argument = Node(
                    .sequence([
                        Node(.string(reference.logicalID), at: location),
                        Node(.string(attribute), at: location),
                    ]), at: location)
            } else {
                argument = Node(.string(reference.logicalID), at: location)
            }
            let call = Intrinsic(name: reference.attribute == nil ? "Ref" : "Fn::GetAtt", argument: argument)
            try append(Node(.intrinsic(call), at: location), indent: indent, path: path, to: &output)
        case .unknown(let reason):
            throw .unknownValue(path: path.joined(separator: "."), reason: reason.description)
        }
    }

    /// Appends a mapping (with keys) or a sequence (keys nil), one member per line.
    private func appendContainer(
        _ members: [(key: String?, value: Node, pathComponent: String)], brackets: (String, String), indent: Int,
        path: [String], to output: inout String
    ) throws(TemplateWriterError) {
        guard !members.isEmpty else {
            output += brackets.0 + brackets.1
            return
        }
        let innerPad = String(repeating: " ", count: indent + 2)
        output += brackets.0 + "\n"
        for (index, member) in members.enumerated() {
            output += innerPad
            if let key = member.key { output += Self.quoted(key) + ": " }
            try append(member.value, indent: indent + 2, path: path + [member.pathComponent], to: &output)
            output += index == members.count - 1 ? "\n" : ",\n"
        }
        output += String(repeating: " ", count: indent) + brackets.1
    }

    /// Whether `text` follows the JSON number grammar (RFC 8259, section 6).
    static func isJSONNumber(_ text: String) -> Bool {
        text.wholeMatch(of: #/-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/#) != nil
    }

    /// Returns `text` as a JSON string, escaping quotes, backslashes and control characters.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
