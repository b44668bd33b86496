import Foundation
import RempartModel
import RempartSupport
import RempartTemplate

/// A JSON-like value with no unknown parts, for documents embedded in properties (policies
/// written as mappings or as JSON strings).
///
/// Lookups on a missing key or on the wrong kind of value give `.missing`, so a reader can walk
/// a document without checking each step.
indirect enum PlainValue: Sendable {
    case missing
    case scalar(String, SourceLocation?)
    case list([PlainValue], SourceLocation?)
    case mapping([(String, PlainValue)], SourceLocation?)

    /// Converts a resolved node; nil when any part of it is unknown or a resource reference.
    init?(_ node: Node) {
        switch node.kind {
        case .null: self = .missing
        case .bool, .number, .string: self = .scalar(node.scalarText ?? "", node.location)
        case .sequence(let elements):
            var values: [PlainValue] = []
            for element in elements {
                guard let value = PlainValue(element) else { return nil }
                values.append(value)
            }
            self = .list(values, node.location)
        case .mapping(let entries):
            var values: [(String, PlainValue)] = []
            for entry in entries {
                guard let value = PlainValue(entry.value) else { return nil }
                values.append((entry.key, value))
            }
            self = .mapping(values, node.location)
        case .intrinsic, .unknown, .reference: return nil
        }
    }

    /// Converts the output of `JSONSerialization`.
    init?(json: Any) {
        switch json {
        case let text as String: self = .scalar(text, nil)
        case let number as NSNumber: self = .scalar(number.stringValue, nil)
        case let array as [Any]:
            self = .list(array.compactMap { PlainValue(json: $0) }, nil)
        case let dictionary as [String: Any]:
            self = .mapping(
                dictionary.keys.sorted().compactMap { key in dictionary[key].flatMap { PlainValue(json: $0) }.map { (key, $0) } },
                nil)
        default: return nil
        }
    }

    /// The value of `key` in a mapping, or `.missing`.
    subscript(key: String) -> PlainValue {
        guard case .mapping(let entries, _) = self else { return .missing }
        return entries.first { $0.0 == key }?.1 ?? .missing
    }

    /// The elements of a list; a single value counts as a one-element list.
    var list: [PlainValue] {
        switch self {
        case .missing: []
        case .list(let values, _): values
        default: [self]
        }
    }

    /// The text of a scalar.
    var text: String? {
        if case .scalar(let text, _) = self { return text }
        return nil
    }

    /// Whether the value exists.
    var exists: Bool {
        if case .missing = self { return false }
        return true
    }

    /// Where the value was written, when it came from the template itself.
    var location: SourceLocation? {
        switch self {
        case .missing: nil
        case .scalar(_, let location), .list(_, let location), .mapping(_, let location): location
        }
    }
}
