import Foundation
import RempartSupport

extension Node {
    /// Returns the value of `key` when this node is a mapping that has it.
    public subscript(key: String) -> Node? {
        guard case .mapping(let entries) = kind else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// Returns the entry of `key`, with the key's own location.
    public func entry(_ key: String) -> Entry? {
        guard case .mapping(let entries) = kind else { return nil }
        return entries.first { $0.key == key }
    }

    /// The entries of a mapping, or an empty list.
    public var entries: [Entry] {
        if case .mapping(let entries) = kind { return entries }
        return []
    }

    /// The elements of a sequence, or nil when this is not a sequence.
    public var elements: [Node]? {
        if case .sequence(let elements) = kind { return elements }
        return nil
    }

    /// The text of a string, number or boolean scalar, as CloudFormation coerces scalars.
    public var scalarText: String? {
        switch kind {
        case .string(let text), .number(let text): text
        case .bool(let value): value ? "true" : "false"
        default: nil
        }
    }

    /// The value as a boolean, accepting `true`/`false` in any case and as strings.
    public var boolValue: Bool? {
        switch kind {
        case .bool(let value): value
        case .string(let text):
            switch text.lowercased() {
            case "true": true
            case "false": false
            default: nil
            }
        default: nil
        }
    }

    /// The value as an integer, accepting numbers written as strings (`"22"`).
    public var intValue: Int? {
        guard let text = scalarText?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let value = Int(text) { return value }
        if let value = Double(text), value == value.rounded(), abs(value) < 1e15 { return Int(value) }
        return nil
    }

    /// Whether the value itself is unknown; `containsUnknown` also looks inside containers.
    public var isUnknown: Bool {
        if case .unknown = kind { return true }
        return false
    }

    /// The unknown output of an `Fn::Transform` written beside other keys of this mapping, as
    /// the evaluator leaves it. The macro may add any key at deployment, so a key that is absent
    /// here is unknown rather than defaulted.
    public var pendingTransform: Node? {
        guard let value = self["Fn::Transform"], value.isUnknown else { return nil }
        return value
    }
}
