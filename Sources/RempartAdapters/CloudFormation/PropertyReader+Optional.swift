import RempartModel
import RempartTemplate

extension PropertyReader {
    /// Reads an identifier whose absence is a meaningful nil (no key, no log destination),
    /// defaulted to nil at the resource.
    func optionalIdentifier(_ path: String...) -> Resolved<Identifier?> {
        switch lookup(path) {
        case .absent: return .defaulted(nil, at: defaultOrigin)
        case .unknown(let reason, let origin): return .unresolved(reason, at: origin)
        case .value(let node): return identifier(of: node).map { Optional($0) }
        }
    }

    /// Reads a string whose absence is a meaningful nil, defaulted to nil at the resource.
    func optionalString(_ path: String...) -> Resolved<String?> {
        optionalScalar(path, expected: "a string") { $0.scalarText }
    }

    /// Reads a boolean whose absence is a meaningful nil, defaulted to nil at the resource.
    func optionalBool(_ path: String...) -> Resolved<Bool?> {
        optionalScalar(path, expected: "a boolean") { $0.boolValue }
    }

    /// Reads an integer whose absence is a meaningful nil, defaulted to nil at the resource.
    func optionalInt(_ path: String...) -> Resolved<Int?> {
        optionalScalar(path, expected: "an integer") { $0.intValue }
    }

    /// Reads a number whose absence is a meaningful nil, defaulted to nil at the resource.
    func optionalDouble(_ path: String...) -> Resolved<Double?> {
        optionalScalar(path, expected: "a number") { node in node.scalarText.flatMap { Double($0) } }
    }

    /// Reads an IAM policy document (a mapping or a JSON string), defaulted to nil when absent.
    func policyDocument(_ path: String...) -> Resolved<PolicyDocument?> {
        switch lookup(path) {
        case .absent: return .defaulted(nil, at: defaultOrigin)
        case .unknown(let reason, let origin): return .unresolved(reason, at: origin)
        case .value(let node): return PolicyDocumentReader.read(node).map { Optional($0) }
        }
    }

    private func optionalScalar<Value: Sendable>(
        _ path: [String], expected: String, convert: (Node) -> Value?
    ) -> Resolved<Value?> {
        switch lookup(path) {
        case .absent:
            return .defaulted(nil, at: defaultOrigin)
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
}
