import RempartRules

/// A rule's metadata held once on the heap, so the thousands of findings of a large scan share
/// it instead of each carrying its own copy of every text.
final class RuleReference: Sendable {
    /// The metadata.
    let metadata: RuleMetadata

    /// Wraps `metadata`.
    init(_ metadata: RuleMetadata) {
        self.metadata = metadata
    }
}
