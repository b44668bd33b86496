import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed XML element: name, attributes, child elements and text.
///
/// AWS's XML responses are small, so a plain tree built with `XMLParser` is enough; lookups
/// ignore namespaces because AWS puts every element in the response's default namespace.
public struct XMLNode: Sendable, Equatable {
    /// The element name without a namespace prefix.
    public var name: String
    /// The attributes, by name.
    public var attributes: [String: String]
    /// The child elements in document order.
    public var children: [XMLNode]
    /// The concatenated character data directly inside this element.
    public var text: String

    /// Creates an element.
    public init(name: String, attributes: [String: String] = [:], children: [XMLNode] = [], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// Parses `data` and returns its root element, or nil when it is not well-formed XML.
    public static func parse(_ data: Data) -> XMLNode? {
        let builder = XMLTreeBuilder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse() else { return nil }
        return builder.root
    }

    // MARK: - Lookup

    /// The first child named `name`.
    public func child(_ name: String) -> XMLNode? {
        children.first { $0.name == name }
    }

    /// Every child named `name`.
    public func children(_ name: String) -> [XMLNode] {
        children.filter { $0.name == name }
    }

    /// The element at a `/`-separated path of child names, such as `vpc/vpcId`.
    public func node(at path: String) -> XMLNode? {
        var current: XMLNode? = self
        for name in path.split(separator: "/") {
            current = current?.child(String(name))
        }
        return current
    }

    /// The text of the element at `path`, or nil when it is absent.
    public func string(_ path: String) -> String? {
        node(at: path)?.text
    }

    /// The text at `path` read as a Boolean (`true`/`false`).
    public func bool(_ path: String) -> Bool? {
        string(path).map { $0.lowercased() == "true" }
    }

    /// The text at `path` read as an integer.
    public func int(_ path: String) -> Int? {
        string(path).flatMap { Int($0) }
    }

    /// The text at `path` read as a decimal number.
    public func double(_ path: String) -> Double? {
        string(path).flatMap { Double($0) }
    }

    /// The children of the list at `path`: `item` (EC2) or `member` (query) elements.
    public func list(_ path: String, element: String? = nil) -> [XMLNode] {
        guard let container = node(at: path) else { return [] }
        if let element { return container.children(element) }
        let items = container.children("item")
        return items.isEmpty ? container.children("member") : items
    }

    /// The first element named `name` at any depth, this element included.
    public func first(named name: String) -> XMLNode? {
        if self.name == name { return self }
        for child in children {
            if let found = child.first(named: name) { return found }
        }
        return nil
    }

    /// EC2's `tagSet` (or `tags`) as a dictionary.
    public var tags: [String: String] {
        let items = list("tagSet") + list("tags") + list("Tags") + children("Tag")
        var result: [String: String] = [:]
        for item in items {
            if let key = item.string("key") ?? item.string("Key") {
                result[key] = item.string("value") ?? item.string("Value") ?? ""
            }
        }
        return result
    }
}

/// Builds an `XMLNode` tree from `XMLParser` callbacks.
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    var stack: [XMLNode] = []
    var root: XMLNode?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let localName = elementName.split(separator: ":").last.map(String.init) ?? elementName
        stack.append(XMLNode(name: localName, attributes: attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        guard var node = stack.popLast() else { return }
        if !node.children.isEmpty {
            node.text = node.text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }
}
