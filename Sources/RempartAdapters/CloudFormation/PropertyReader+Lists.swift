import RempartModel
import RempartTemplate

extension PropertyReader {
    /// Reads a list of strings, defaulted to an empty list at the resource when absent.
    /// A single scalar counts as a one-element list, and any unknown element makes it unresolved.
    func stringList(_ path: String...) -> Resolved<[String]> {
        switch lookup(path) {
        case .absent:
            return .defaulted([], at: defaultOrigin)
        case .unknown(let reason, let origin):
            return .unresolved(reason, at: origin)
        case .value(let node):
            var texts: [String] = []
            for element in node.elements ?? [node] {
                if case .reference(let reference) = element.kind {
                    return .unresolved("'\(reference)' is only known after deployment", at: .source(element.location))
                }
                if case .unknown(let reason) = element.kind {
                    return .unresolved(reason.description, at: .source(element.location))
                }
                guard let text = element.scalarText else {
                    return .unresolved("expected a string, found \(element)", at: .source(element.location))
                }
                texts.append(text)
            }
            return .explicit(texts, at: .source(node.location))
        }
    }

    /// Reads the keys of the mapping at `path` with a reader over each value; empty when absent.
    func mappingEntries(_ path: String...) -> Resolved<[(key: String, value: PropertyReader)]> {
        switch lookup(path) {
        case .absent:
            return .defaulted([], at: defaultOrigin)
        case .unknown(let reason, let origin):
            return .unresolved(reason, at: origin)
        case .value(let node):
            let entries = node.entries.map {
                (key: $0.key, value: PropertyReader(node: $0.value, defaultOrigin: defaultOrigin, file: file))
            }
            return .explicit(entries, at: .source(node.location))
        }
    }

    /// Returns the address of a resource read from a template.
    static func address(of resource: ResolvedResource) -> ResourceAddress {
        .template(type: resource.type, logicalID: resource.logicalID, at: resource.location)
    }
}
