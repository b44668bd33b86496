import Foundation

/// Renders nodes as compact JSON, with intrinsics in their long form, for messages and tests.
public enum NodeFormatter {
    /// Returns `node` as one line of JSON. Unknown values render as `{"Rempart::Unknown": reason}`
    /// and references as `{"Ref": id}` or `{"Fn::GetAtt": [id, attribute]}`.
    public static func compactJSON(_ node: Node) -> String {
        switch node.kind {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return quoted(text)
        case .sequence(let elements): return "[" + elements.map(compactJSON).joined(separator: ",") + "]"
        case .mapping(let entries):
            return "{" + entries.map { quoted($0.key) + ":" + compactJSON($0.value) }.joined(separator: ",") + "}"
        case .intrinsic(let call): return "{" + quoted(call.name) + ":" + compactJSON(call.argument) + "}"
        case .unknown(let reason): return "{\"Rempart::Unknown\":" + quoted(reason.description) + "}"
        case .reference(let reference):
            if let attribute = reference.attribute {
                return "{\"Fn::GetAtt\":[" + quoted(reference.logicalID) + "," + quoted(attribute) + "]}"
            }
            return "{\"Ref\":" + quoted(reference.logicalID) + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
