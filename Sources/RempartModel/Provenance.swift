/// How an attribute of the AWS state got its value.
public enum Provenance: Hashable, Sendable {
    /// Set by the template or returned by AWS, at that origin.
    case explicit(at: Origin)
    /// Not set, so the AWS default applies; the origin is the resource that omits it.
    case defaulted(at: Origin)
    /// Set, but to a value that cannot be known before deployment; rules report it as unknown.
    case unresolved(reason: String, at: Origin)

    /// The origin, whatever the case.
    public var origin: Origin {
        switch self {
        case .explicit(let origin), .defaulted(let origin), .unresolved(_, let origin): origin
        }
    }
}
