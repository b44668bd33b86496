import RempartTemplate

/// Reading the resolved properties of a construct, with errors that name the construct and the property.
extension Node {
    /// Returns the text of property `key`, or nil when it is absent.
    func text(_ key: String) -> String? { self[key]?.scalarText }

    /// Returns the text of property `key`.
    ///
    /// - Throws: `DeployError.unresolvedProperty` when it is absent or not a scalar.
    func requiredText(_ key: String, of logicalID: String) throws -> String {
        guard let text = self[key]?.scalarText else {
            throw DeployError.unresolvedProperty(logicalID: logicalID, property: key, reason: "it is missing")
        }
        return text
    }

    /// Returns the texts of the list property `key`, empty when it is absent.
    func texts(_ key: String) -> [String] {
        self[key]?.elements?.compactMap(\.scalarText) ?? []
    }

    /// The value as compact JSON, as the policy parameters of the IAM, S3 and KMS APIs take it.
    var json: String { NodeFormatter.compactJSON(self) }

    /// The path and reason of the first value still unknown or still a reference to a resource, or nil.
    func firstUnresolved(path: String = "") -> (path: String, reason: String)? {
        switch kind {
        case .unknown(let reason): return (path, reason.description)
        case .reference(let reference): return (path, "'\(reference)' has not been created")
        case .intrinsic(let call): return (path, "'\(call.name)' could not be evaluated")
        case .sequence(let elements):
            for (index, element) in elements.enumerated() {
                if let found = element.firstUnresolved(path: "\(path)[\(index)]") { return found }
            }
            return nil
        case .mapping(let entries):
            for entry in entries {
                let child = path.isEmpty ? entry.key : "\(path).\(entry.key)"
                if let found = entry.value.firstUnresolved(path: child) { return found }
            }
            return nil
        default: return nil
        }
    }
}
