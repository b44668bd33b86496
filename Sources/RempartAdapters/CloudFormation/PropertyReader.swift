import Foundation
import RempartModel
import RempartSupport
import RempartTemplate

/// Reads typed values out of a resolved resource's properties, recording where each came from.
///
/// Every service adapter reads properties through this type, so the same coercions apply
/// everywhere. Numbers and booleans may be written as strings (`"22"`, `"true"`). A missing key
/// gives the AWS default, located at the resource, unless an `Fn::Transform` beside the
/// mapping's keys may supply it (then it is unknown). An `.unknown` node, or a `.reference` where
/// a literal is needed, gives an unresolved value rather than a guess.
///
/// A reader wraps one mapping: the `Properties` of a resource, or a nested mapping such as a
/// security group rule. `child(_:)` and `elements(_:)` descend into nested values and keep
/// the resource's location for defaults.
struct PropertyReader: Sendable {
    /// The result of looking up a path.
    enum Lookup: Sendable {
        /// No such key; the AWS default applies.
        case absent
        /// A value, possibly a `.reference` or a container.
        case value(Node)
        /// A value that cannot be known before deployment, with the reason.
        case unknown(String, at: Origin)
    }

    /// The mapping read, or nil when the mapping itself is absent.
    let node: Node?
    /// The origin of defaulted values: the resource's logical ID key.
    let defaultOrigin: Origin
    /// The template file, for links.
    let file: String

    /// Creates a reader over a resource's `Properties`.
    init(_ resource: ResolvedResource, file: String) {
        self.node = resource.properties
        self.defaultOrigin = .source(resource.location)
        self.file = file
    }

    /// Creates a reader over any node, with defaults pointing at `defaultOrigin`.
    init(node: Node?, defaultOrigin: Origin, file: String) {
        self.node = node
        self.defaultOrigin = defaultOrigin
        self.file = file
    }

    /// The location of this reader's mapping, or the default origin when it is absent.
    var origin: Origin { node.map { .source($0.location) } ?? defaultOrigin }

    /// Returns the same reader with defaults located at its own mapping, for nested settings
    /// whose absent keys should point at the enclosing entry (a block device, a rule).
    func defaultingHere() -> PropertyReader {
        PropertyReader(node: node, defaultOrigin: origin, file: file)
    }

    /// Whether the mapping exists.
    var exists: Bool { node != nil }

    /// Whether the mapping itself is an unknown value.
    var isUnknown: Bool { node?.isUnknown ?? false }

    /// The reason the mapping is unknown, when it is.
    var unknownReason: String? {
        guard let node, case .unknown(let reason) = node.kind else { return nil }
        return reason.description
    }

    // MARK: - Lookup

    /// Follows `path` through nested mappings.
    func lookup(_ path: [String]) -> Lookup {
        guard var current = node else { return .absent }
        for key in path {
            switch current.kind {
            case .unknown(let reason):
                return .unknown(reason.description, at: .source(current.location))
            case .mapping:
                guard let next = current[key] else {
                    // An `Fn::Transform` beside the known keys may supply the missing one.
                    if let transform = current.pendingTransform, case .unknown(let reason) = transform.kind {
                        return .unknown(reason.description, at: .source(transform.location))
                    }
                    return .absent
                }
                current = next
            case .null:
                return .absent
            default:
                return .unknown("'\(key)' is read from a value that is not a mapping", at: .source(current.location))
            }
        }
        if case .unknown(let reason) = current.kind {
            return .unknown(reason.description, at: .source(current.location))
        }
        if case .null = current.kind { return .absent }
        return .value(current)
    }

    /// Returns whether `path` leads to a value (known or not).
    func has(_ path: String...) -> Bool {
        if case .absent = lookup(path) { return false }
        return true
    }

    /// Returns the node at `path`, when it exists and is not unknown.
    func node(_ path: String...) -> Node? {
        if case .value(let node) = lookup(path) { return node }
        return nil
    }

    /// Returns a reader over the mapping at `path` (absent or unknown mappings give a reader
    /// whose values are all defaulted or unresolved accordingly).
    func child(_ path: String...) -> PropertyReader {
        switch lookup(path) {
        case .absent: PropertyReader(node: nil, defaultOrigin: defaultOrigin, file: file)
        case .value(let node): PropertyReader(node: node, defaultOrigin: defaultOrigin, file: file)
        case .unknown(let reason, let origin):
            PropertyReader(
                node: Node(.unknown(.dependsOnUnknown(reason)), at: origin.sourceLocation ?? fallbackLocation),
                defaultOrigin: defaultOrigin, file: file)
        }
    }

    /// Returns a reader per element of the list of mappings at `path`: defaulted to an empty
    /// list when absent, unresolved when the list is unknown. A single mapping is read as a
    /// one-element list.
    ///
    /// A value of the wrong kind is an invalid value (`UnknownReason.invalidValue`), which
    /// CloudFormation would reject: a scalar in place of the list makes the list unresolved, and
    /// a scalar, `null` or nested list in place of an element gives that element a reader over
    /// an unknown value, so checks on it are undecided rather than failing on a missing key.
    /// `allowingScalars` keeps scalar elements as they are, for lists that mix names and
    /// mappings (SAM's `Policies`).
    func elements(_ path: String..., allowingScalars: Bool = false) -> Resolved<[PropertyReader]> {
        switch lookup(path) {
        case .absent: return .defaulted([], at: defaultOrigin)
        case .unknown(let reason, let origin): return .unresolved(reason, at: origin)
        case .value(let node):
            let name = path.joined(separator: ".")
            if !allowingScalars, node.elements == nil, !Self.isMappingLike(node) {
                let reason = UnknownReason.invalidValue("'\(name)' must be a list, found \(node)")
                return .unresolved(reason.description, at: .source(node.location))
            }
            let items = node.elements ?? [node]
            let readers = items.map { item in
                guard allowingScalars || Self.isMappingLike(item) else {
                    let reason = UnknownReason.invalidValue("an item of '\(name)' must be a mapping, found \(item)")
                    return PropertyReader(
                        node: Node(.unknown(reason), at: item.location), defaultOrigin: defaultOrigin, file: file)
                }
                return PropertyReader(node: item, defaultOrigin: defaultOrigin, file: file)
            }
            return .explicit(readers, at: .source(node.location))
        }
    }

    /// Whether `node` can stand where a mapping is expected: a mapping, or a value that is unknown.
    private static func isMappingLike(_ node: Node) -> Bool {
        switch node.kind {
        case .mapping, .unknown: true
        default: false
        }
    }

    // MARK: - Typed values

    /// Reads a boolean; `"true"` and `"false"` strings count. Nil when absent.
    func bool(_ path: String...) -> Resolved<Bool>? {
        scalar(path, expected: "a boolean") { $0.boolValue }
    }

    /// Reads a boolean, or `defaultValue` at the resource when absent.
    func bool(_ path: String..., default defaultValue: Bool) -> Resolved<Bool> {
        scalar(path, expected: "a boolean") { $0.boolValue } ?? .defaulted(defaultValue, at: defaultOrigin)
    }

    /// Reads an integer; numbers written as strings count. Nil when absent.
    func int(_ path: String...) -> Resolved<Int>? {
        scalar(path, expected: "an integer") { $0.intValue }
    }

    /// Reads an integer, or `defaultValue` at the resource when absent.
    func int(_ path: String..., default defaultValue: Int) -> Resolved<Int> {
        scalar(path, expected: "an integer") { $0.intValue } ?? .defaulted(defaultValue, at: defaultOrigin)
    }

    /// Reads a string; numbers and booleans are read as their text. Nil when absent.
    func string(_ path: String...) -> Resolved<String>? {
        scalar(path, expected: "a string") { $0.scalarText }
    }

    /// Reads a string, or `defaultValue` at the resource when absent.
    func string(_ path: String..., default defaultValue: String) -> Resolved<String> {
        scalar(path, expected: "a string") { $0.scalarText } ?? .defaulted(defaultValue, at: defaultOrigin)
    }

    /// Reads an ID, ARN or name that may be a literal or a link to a resource of the scan.
    /// Nil when absent.
    func identifier(_ path: String...) -> Resolved<Identifier>? {
        switch lookup(path) {
        case .absent: return nil
        case .unknown(let reason, let origin): return .unresolved(reason, at: origin)
        case .value(let node): return identifier(of: node)
        }
    }

    /// Reads a list of identifiers; a single scalar counts as a one-element list.
    /// Nil when absent. Each element keeps its own provenance.
    func identifiers(_ path: String...) -> [Resolved<Identifier>]? {
        switch lookup(path) {
        case .absent: return nil
        case .unknown(let reason, let origin): return [.unresolved(reason, at: origin)]
        case .value(let node): return (node.elements ?? [node]).map(identifier(of:))
        }
    }

    /// Reads a list of strings; a single scalar counts as a one-element list. Nil when absent.
    /// The list is unresolved when any element is unknown.
    func strings(_ path: String...) -> Resolved<[String]>? {
        strings(at: path)
    }

    /// Reads a list of strings at a path given as an array.
    func strings(at path: [String]) -> Resolved<[String]>? {
        switch lookup(path) {
        case .absent: return nil
        case .unknown(let reason, let origin): return .unresolved(reason, at: origin)
        case .value(let node):
            var texts: [String] = []
            for element in node.elements ?? [node] {
                switch stringState(of: element) {
                case .known(let text): texts.append(text)
                case .unknown(let reason): return .unresolved(reason, at: .source(element.location))
                }
            }
            return .explicit(texts, at: .source(node.location))
        }
    }

    /// Converts a node into an identifier value.
    func identifier(of node: Node) -> Resolved<Identifier> {
        let origin = Origin.source(node.location)
        switch node.kind {
        case .reference(let reference):
            let link = ResourceLink(file: reference.file, logicalID: reference.logicalID, attribute: reference.attribute)
            return .explicit(.resource(link), at: origin)
        case .unknown(let reason):
            return .unresolved(reason.description, at: origin)
        default:
            guard let text = node.scalarText else {
                return .unresolved("expected an ID, ARN or name, found \(node)", at: origin)
            }
            return .explicit(.literal(text), at: origin)
        }
    }

    // MARK: - Private helpers

    private var fallbackLocation: SourceLocation {
        defaultOrigin.sourceLocation ?? SourceLocation(file: file, line: 1, column: 1)
    }

    private func scalar<Value: Sendable>(
        _ path: [String], expected: String, convert: (Node) -> Value?
    ) -> Resolved<Value>? {
        switch lookup(path) {
        case .absent:
            return nil
        case .unknown(let reason, let origin):
            return .unresolved(reason, at: origin)
        case .value(let node):
            let origin = Origin.source(node.location)
            if case .reference(let reference) = node.kind {
                return .unresolved("'\(reference)' is only known after deployment", at: origin)
            }
            guard let value = convert(node) else {
                return .unresolved("'\(path.joined(separator: "."))' is not \(expected): \(node)", at: origin)
            }
            return .explicit(value, at: origin)
        }
    }

    private func stringState(of node: Node) -> Resolved<String>.State {
        switch node.kind {
        case .reference(let reference): .unknown("'\(reference)' is only known after deployment")
        case .unknown(let reason): .unknown(reason.description)
        default: node.scalarText.map { .known($0) } ?? .unknown("expected a string, found \(node)")
        }
    }
}
