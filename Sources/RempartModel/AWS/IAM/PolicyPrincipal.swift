/// The `Principal` (or `NotPrincipal`) of a policy statement.
///
/// It is either the string `*` (anyone), or a mapping from a principal kind (`AWS`,
/// `Service`, `Federated`, `CanonicalUser`) to one or more values. `{"AWS": "*"}` also
/// means anyone.
public struct PolicyPrincipal: Hashable, Sendable {
    /// Whether the principal was written as the bare string `*`.
    public var isBareWildcard: Bool
    /// The values per principal kind, in document order.
    public var entries: [Entry]
    /// Why the principal could not be read, when it is unresolved as a whole.
    public var unresolved: String?
    /// Where the principal's value starts.
    public var origin: Origin

    /// The values of one principal kind.
    public struct Entry: Hashable, Sendable {
        /// `AWS`, `Service`, `Federated` or `CanonicalUser`.
        public var kind: String
        /// The principals of that kind.
        public var values: PolicyValueList

        /// Creates an entry.
        public init(kind: String, values: PolicyValueList) {
            self.kind = kind
            self.values = values
        }
    }

    /// Creates a principal.
    public init(isBareWildcard: Bool, entries: [Entry] = [], unresolved: String? = nil, origin: Origin) {
        self.isBareWildcard = isBareWildcard
        self.entries = entries
        self.unresolved = unresolved
        self.origin = origin
    }

    /// Returns the values of `kind` (`AWS`, `Service`, …), matched case-sensitively as IAM does.
    public func values(of kind: String) -> [String] {
        entries.filter { $0.kind == kind }.flatMap(\.values.values)
    }

    /// Whether the principal is anyone: `*` or `{"AWS": "*"}`.
    public var isEveryone: Bool {
        isBareWildcard || values(of: "AWS").contains("*")
    }

    /// Whether some part of the principal could not be resolved.
    public var hasUnresolved: Bool {
        unresolved != nil || entries.contains { $0.values.hasUnresolved }
    }
}
