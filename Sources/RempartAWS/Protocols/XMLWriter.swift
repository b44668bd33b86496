/// Writes small XML documents for REST-XML request bodies (S3 configurations).
public indirect enum XMLWriter: Sendable {
    /// An element with child elements.
    case element(String, [XMLWriter])
    /// An element holding text, escaped when written.
    case text(String, String)

    /// The document, with an XML declaration and the S3 namespace on the root element.
    public func document(namespace: String? = "http://s3.amazonaws.com/doc/2006-03-01/") -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + render(namespace: namespace)
    }

    private func render(namespace: String?) -> String {
        let attribute = namespace.map { " xmlns=\"\($0)\"" } ?? ""
        switch self {
        case .element(let name, let children):
            return "<\(name)\(attribute)>" + children.map { $0.render(namespace: nil) }.joined() + "</\(name)>"
        case .text(let name, let value):
            return "<\(name)\(attribute)>\(Self.escape(value))</\(name)>"
        }
    }

    /// Escapes the five XML special characters.
    public static func escape(_ value: String) -> String {
        var output = ""
        for character in value {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            default: output.append(character)
            }
        }
        return output
    }
}
