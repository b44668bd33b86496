import RempartTemplate

/// Finds the names a template value refers to through `Ref`, `Fn::GetAtt` and `Fn::Sub`.
public enum ReferenceCollector {
    /// Returns every name referred to inside `node`, pseudo parameters (`AWS::AccountId`) included.
    public static func names(in node: Node) -> Set<String> {
        var names = Set<String>()
        collect(in: node, into: &names)
        return names
    }

    /// Adds to `names` every name referred to inside `node`.
    static func collect(in node: Node, into names: inout Set<String>) {
        switch node.kind {
        case .sequence(let elements):
            for element in elements { collect(in: element, into: &names) }
        case .mapping(let entries):
            for entry in entries { collect(in: entry.value, into: &names) }
        case .intrinsic(let call):
            collect(call, into: &names)
        case .reference(let reference):
            names.insert(reference.logicalID)
        default:
            break
        }
    }

    private static func collect(_ call: Intrinsic, into names: inout Set<String>) {
        switch call.name {
        case "Ref":
            if let name = call.argument.scalarText { names.insert(name) }
        case "Fn::GetAtt":
            if let first = call.argument.elements?.first?.scalarText {
                names.insert(first)
            } else if let text = call.argument.scalarText, let dot = text.firstIndex(of: ".") {
                names.insert(String(text[..<dot]))
            }
            return
        case "Fn::Sub":
            // `Fn::Sub` takes a string, or a string and a mapping of local variables.
            let template = call.argument.scalarText ?? call.argument.elements?.first?.scalarText ?? ""
            let locals = Set(call.argument.elements?.dropFirst().first?.entries.map(\.key) ?? [])
            for name in substitutedNames(in: template) where !locals.contains(name) {
                names.insert(name)
            }
            if let variables = call.argument.elements?.dropFirst().first { collect(in: variables, into: &names) }
            return
        default:
            collect(in: call.argument, into: &names)
        }
    }

    /// Returns the names in `${Name}` and `${Name.Attribute}`, skipping `${!Literal}` escapes.
    static func substitutedNames(in template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let start = rest.range(of: "${") {
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else { break }
            let body = rest[start.upperBound..<end]
            if !body.hasPrefix("!") {
                names.append(String(body.split(separator: ".", maxSplits: 1).first ?? body))
            }
            rest = rest[rest.index(after: end)...]
        }
        return names
    }
}
