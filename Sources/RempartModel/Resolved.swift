/// An attribute of the AWS state: a value with its provenance, or an explicit unknown.
///
/// Rules read `value` only through `state`, so an unknown value can never be mistaken for
/// a missing or false one.
public struct Resolved<Value: Sendable>: Sendable {
    /// The value, nil when it is unresolved.
    public let value: Value?
    /// How the value was obtained.
    public let provenance: Provenance

    /// A value set explicitly at `origin`.
    public static func explicit(_ value: Value, at origin: Origin) -> Resolved {
        Resolved(value: value, provenance: .explicit(at: origin))
    }

    /// The AWS default, because the attribute was not set on the resource at `origin`.
    public static func defaulted(_ value: Value, at origin: Origin) -> Resolved {
        Resolved(value: value, provenance: .defaulted(at: origin))
    }

    /// A value that was set but cannot be known.
    public static func unresolved(_ reason: String, at origin: Origin) -> Resolved {
        Resolved(value: nil, provenance: .unresolved(reason: reason, at: origin))
    }

    /// The state of the attribute as rules see it.
    public var state: State {
        if case .unresolved(let reason, _) = provenance { return .unknown(reason) }
        guard let value else { return .unknown("no value") }
        return .known(value)
    }

    /// The origin, for the finding's location.
    public var origin: Origin { provenance.origin }

    /// Whether the value was set explicitly (rather than defaulted or unresolved).
    public var isExplicit: Bool {
        if case .explicit = provenance { return true }
        return false
    }

    /// Either a known value or the reason it is unknown.
    public enum State {
        case known(Value)
        case unknown(String)
    }

    /// Transforms the value while keeping the provenance.
    public func map<Other: Sendable>(_ transform: (Value) -> Other) -> Resolved<Other> {
        Resolved<Other>(value: value.map(transform), provenance: provenance)
    }

    private init(value: Value?, provenance: Provenance) {
        self.value = value
        self.provenance = provenance
    }
}

extension Resolved: Equatable where Value: Equatable {}
extension Resolved: Hashable where Value: Hashable {}
