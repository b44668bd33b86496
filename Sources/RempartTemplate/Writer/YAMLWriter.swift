/// Writes a template tree as block-style YAML, the way CloudFormation authors write it.
///
/// The output is deterministic: the root sections and the attributes of resources,
/// parameters and outputs follow `TemplateKeyOrder`, and other mappings keep their order.
/// Intrinsic functions use the short tags (`!Ref VPC`, `!GetAtt Key.Arn`, `!Sub …`), except
/// where YAML forbids it: a tag cannot apply to a node that already has one, so
/// `Fn::ImportValue` of a `!Sub` is written as `Fn::ImportValue: !Sub …`. Short lists of
/// scalars given to an intrinsic use flow style (`!Select [0, !GetAZs ""]`). Long one-line
/// strings are folded (`>-`), strings with line breaks use a literal block (`|`), and strings
/// that would read back as another type (`"2010-09-09"`, `"true"`, `"22"`) are quoted.
public struct YAMLWriter: Sendable {
    /// The column a `key: value` line may reach before its string is folded over several lines.
    public var lineWidth: Int
    /// Folded strings wrap so that their lines stay shorter than this many columns.
    public var foldWidth: Int

    /// Creates a writer.
    ///
    /// - Parameters:
    ///   - lineWidth: The column a `key: value` line may reach before its string is folded; 120 by default.
    ///   - foldWidth: The width folded lines stay below; 80 by default.
    public init(lineWidth: Int = 120, foldWidth: Int = 80) {
        self.lineWidth = lineWidth
        self.foldWidth = foldWidth
    }

    /// Returns the YAML text of `root`, ending with a line break.
    ///
    /// - Throws: `TemplateWriterError.unknownValue` when the tree contains an evaluated `.unknown` value.
    public func write(_ root: Node) throws(TemplateWriterError) -> String {
        let rendered = try render(root, indent: 0, path: [])
        switch rendered {
        case .inline(let text): return text + "\n"
        case .block(let header, let lines):
            let head = header.map { [$0] } ?? []
            return (head + lines).joined(separator: "\n") + "\n"
        }
    }

    // MARK: - Rendering

    /// A node rendered either on the line of its key (`inline`) or below it (`block`),
    /// optionally with something on the key's line (a tag, or `>-`/`|` for block scalars).
    private enum Rendered {
        case inline(String)
        case block(header: String?, lines: [String])
    }

    private func render(
        _ node: Node, indent: Int, path: [String], prefixWidth: Int = 0
    ) throws(TemplateWriterError) -> Rendered {
        switch node.kind {
        case .null: return .inline("null")
        case .bool(let value): return .inline(value ? "true" : "false")
        case .number(let text): return .inline(text)
        case .string(let text): return renderString(text, indent: indent, prefixWidth: prefixWidth)
        case .sequence(let elements):
            guard !elements.isEmpty else { return .inline("[]") }
            return .block(header: nil, lines: try sequenceLines(elements, indent: indent, path: path))
        case .mapping(let entries):
            guard !entries.isEmpty else { return .inline("{}") }
            return .block(header: nil, lines: try mappingLines(entries, indent: indent, path: path))
        case .intrinsic(let call):
            return try renderIntrinsic(call, indent: indent, path: path, prefixWidth: prefixWidth)
        case .reference(let reference): return renderReference(reference)
        case .unknown(let reason):
            throw .unknownValue(path: path.joined(separator: "."), reason: reason.description)
        }
    }

    /// Renders a string placed after `prefixWidth` characters of its line (indentation, key, tag).
    private func renderString(_ text: String, indent: Int, prefixWidth: Int = 0) -> Rendered {
        let pad = String(repeating: " ", count: indent)

        // Several lines: a literal block keeps them as written.
        if YAMLScalar.isLiteralBlockSafe(text) {
            var body = text
            let chomping: String
            if text.hasSuffix("\n\n") || !text.hasSuffix("\n") {
                chomping = text.hasSuffix("\n") ? "+" : "-"
            } else {
                chomping = ""
                body.removeLast()
            }
            if chomping == "+" { body.removeLast() }
            let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : pad + $0 }
            return .block(header: "|" + chomping, lines: lines)
        }

        // One long line of words: fold it at spaces.
        let rendered = YAMLScalar.render(text)
        if prefixWidth + rendered.count > lineWidth, YAMLScalar.isFoldable(text) {
            let lines = fold(text, width: max(foldWidth - indent - 1, 20))
            if lines.count > 1 { return .block(header: ">-", lines: lines.map { pad + $0 }) }
        }
        return .inline(rendered)
    }

    private func mappingLines(
        _ entries: [Node.Entry], indent: Int, path: [String]
    ) throws(TemplateWriterError) -> [String] {
        let pad = String(repeating: " ", count: indent)
        let separated = TemplateKeyOrder.separatesEntries(at: path)
        var lines: [String] = []
        var previousWasCollection = false
        for (index, entry) in TemplateKeyOrder.ordered(entries, at: path).enumerated() {
            let key = YAMLScalar.render(entry.key)
            let rendered = try render(
                entry.value, indent: indent + 2, path: path + [entry.key], prefixWidth: indent + key.count + 2)
            let isCollection = entry.value.isNonEmptyCollection

            // At the root, sections holding collections are set apart; inside Resources and
            // the like, every item is.
            if index > 0 && separated && (!path.isEmpty || isCollection || previousWasCollection) {
                lines.append("")
            }
            previousWasCollection = isCollection

            switch rendered {
            case .inline(let text): lines.append(pad + key + ": " + text)
            case .block(let header, let body):
                lines.append(pad + key + ":" + (header.map { " " + $0 } ?? ""))
                lines += body
            }
        }
        return lines
    }

    private func sequenceLines(_ elements: [Node], indent: Int, path: [String]) throws(TemplateWriterError) -> [String]
    {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for (index, element) in elements.enumerated() {
            switch try render(element, indent: indent + 2, path: path + [String(index)], prefixWidth: indent + 2) {
            case .inline(let text): lines.append(pad + "- " + text)
            case .block(.some(let header), let body):
                lines.append(pad + "- " + header)
                lines += body
            case .block(nil, let body):
                // The first line of a nested collection shares the line of its dash.
                guard let first = body.first else { continue }
                lines.append(pad + "- " + first.dropFirst(indent + 2))
                lines += body.dropFirst()
            }
        }
        return lines
    }

    // MARK: - Intrinsics

    private func renderIntrinsic(
        _ call: Intrinsic, indent: Int, path: [String], prefixWidth: Int
    ) throws(TemplateWriterError) -> Rendered {
        let argumentPath = path + [call.name]
        guard let tag = Self.shortTag(for: call.name) else {
            return try renderLongForm(call, indent: indent, path: path)
        }

        // `!GetAtt Resource.Attribute` when the logical ID has no dot of its own.
        if call.name == "Fn::GetAtt", let parts = call.argument.elements, parts.count == 2,
            case .string(let resource) = parts[0].kind, case .string(let attribute) = parts[1].kind,
            !resource.contains("."), !resource.isEmpty, !attribute.isEmpty
        {
            return .inline(tag + " " + YAMLScalar.render(resource + "." + attribute))
        }

        // Lists of scalars read best in flow style; a scalar argument is not in a flow collection.
        if call.argument.isCollection, let flow = try flowText(call.argument, path: argumentPath) {
            return .inline(tag + " " + flow)
        }
        switch call.argument.kind {
        case .sequence, .mapping:
            switch try render(call.argument, indent: indent, path: argumentPath) {
            case .inline(let text): return .inline(tag + " " + text)
            case .block(_, let lines): return .block(header: tag, lines: lines)
            }
        case .string(let text):
            // A tag may precede a block scalar header: `!Sub |`.
            switch renderString(text, indent: indent, prefixWidth: prefixWidth + tag.count + 1) {
            case .inline(let text): return .inline(tag + " " + text)
            case .block(let header, let lines):
                return .block(header: tag + (header.map { " " + $0 } ?? ""), lines: lines)
            }
        default:
            // The argument carries a tag of its own, and YAML allows one tag per node.
            return try renderLongForm(call, indent: indent, path: path)
        }
    }

    private func renderLongForm(_ call: Intrinsic, indent: Int, path: [String]) throws(TemplateWriterError) -> Rendered
    {
        let entry = Node.Entry(key: call.name, keyLocation: call.argument.location, value: call.argument)
        return .block(header: nil, lines: try mappingLines([entry], indent: indent, path: path))
    }

    private func renderReference(_ reference: ResourceReference) -> Rendered {
        guard let attribute = reference.attribute else {
            return .inline("!Ref " + YAMLScalar.render(reference.logicalID))
        }
        return .inline("!GetAtt " + YAMLScalar.render(reference.logicalID + "." + attribute))
    }

    /// Returns `node` in flow style, or nil when it does not fit. Scalars, intrinsics of flow
    /// nodes and lists of them fit when their text is 20 columns shorter than the line width.
    private func flowText(_ node: Node, path: [String]) throws(TemplateWriterError) -> String? {
        guard let text = try flowCandidate(node, path: path), text.count <= lineWidth - 20 else { return nil }
        return text
    }

    private func flowCandidate(_ node: Node, path: [String]) throws(TemplateWriterError) -> String? {
        switch node.kind {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return text.contains("\n") ? nil : YAMLScalar.render(text, inFlow: true)
        case .sequence(let elements):
            var parts: [String] = []
            for (index, element) in elements.enumerated() {
                guard let part = try flowCandidate(element, path: path + [String(index)]) else { return nil }
                parts.append(part)
            }
            return "[" + parts.joined(separator: ", ") + "]"
        case .mapping(let entries): return entries.isEmpty ? "{}" : nil
        case .intrinsic(let call):
            guard let tag = Self.shortTag(for: call.name),
                let argument = try flowCandidate(call.argument, path: path + [call.name]),
                !argument.hasPrefix("!")
            else { return nil }
            if call.name == "Fn::GetAtt", let parts = call.argument.elements, parts.count == 2,
                case .string(let resource) = parts[0].kind, case .string(let attribute) = parts[1].kind,
                !resource.contains(".")
            {
                return tag + " " + YAMLScalar.render(resource + "." + attribute, inFlow: true)
            }
            return tag + " " + argument
        case .reference:
            guard case .inline(let text) = renderReference(referenceOf(node)) else { return nil }
            return text
        case .unknown(let reason):
            throw .unknownValue(path: path.joined(separator: "."), reason: reason.description)
        }
    }

    private func referenceOf(_ node: Node) -> ResourceReference {
        if case .reference(let reference) = node.kind { return reference }
        return ResourceReference(file: "", logicalID: "")
    }

    /// Returns the YAML short tag of an intrinsic, or nil for functions that have none.
    static func shortTag(for name: String) -> String? {
        switch name {
        case "Ref": "!Ref"
        case "Condition": "!Condition"
        case "Fn::Base64", "Fn::Cidr", "Fn::FindInMap", "Fn::GetAtt", "Fn::GetAZs", "Fn::ImportValue", "Fn::Join",
            "Fn::Select", "Fn::Split", "Fn::Sub", "Fn::Transform", "Fn::And", "Fn::Equals", "Fn::If", "Fn::Not",
            "Fn::Or", "Fn::ToJsonString", "Fn::Length":
            "!" + name.dropFirst("Fn::".count)
        default: nil
        }
    }

    /// Splits `text` at single spaces into lines of at most `width` characters; a word longer
    /// than `width` gets a line of its own.
    private func fold(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension Node {
    /// Whether the node is a sequence or mapping with at least one element.
    fileprivate var isNonEmptyCollection: Bool {
        switch kind {
        case .sequence(let elements): !elements.isEmpty
        case .mapping(let entries): !entries.isEmpty
        default: false
        }
    }

    /// Whether the node is a sequence or a mapping.
    fileprivate var isCollection: Bool {
        switch kind {
        case .sequence, .mapping: true
        default: false
        }
    }
}
