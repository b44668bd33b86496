import RempartSupport

extension Node {
    /// Creates an unknown value.
    static func unknown(_ reason: UnknownReason, at location: SourceLocation) -> Node {
        Node(.unknown(reason), at: location)
    }

    /// Returns the node with its top-level location replaced, for values produced by a call.
    func relocated(to location: SourceLocation) -> Node {
        var copy = self
        copy.location = location
        return copy
    }

    /// The text of a string, number or boolean, which CloudFormation treats alike in strings.
    var knownText: String? { scalarText }

    /// Whether the value or anything inside it is unknown or a resource reference, so that its
    /// text cannot be known before deployment.
    public var containsUnknown: Bool {
        switch kind {
        case .unknown, .reference, .intrinsic: true
        case .null, .bool, .number, .string: false
        case .sequence(let elements): elements.contains { $0.containsUnknown }
        case .mapping(let entries): entries.contains { $0.value.containsUnknown }
        }
    }

    /// The first unknown or reference inside the value, described for `.dependsOnUnknown`.
    var unknownPartDescription: String {
        switch kind {
        case .unknown(let reason): reason.description
        case .reference(let reference): "'\(reference)' is only known after deployment"
        case .sequence(let elements): elements.first { $0.containsUnknown }?.unknownPartDescription ?? ""
        case .mapping(let entries): entries.first { $0.value.containsUnknown }?.value.unknownPartDescription ?? ""
        default: NodeFormatter.compactJSON(self)
        }
    }

    /// Returns an unknown value for a string or list built from this partly unknown value.
    func dependentUnknown(at location: SourceLocation) -> Node {
        if case .unknown(let reason) = kind, case .dependsOnUnknown = reason {
            return .unknown(reason, at: location)
        }
        return .unknown(.dependsOnUnknown(unknownPartDescription), at: location)
    }
}
