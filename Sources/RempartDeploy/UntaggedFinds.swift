import Foundation

/// The steps whose find accepted a resource that has the expected name but no `rempart:deployment` tag, during
/// the check that follows a removal. Such a resource is reported as left but never deleted, because nothing
/// proves that this deployment created it.
public final class UntaggedFinds: @unchecked Sendable {
    // The lock guards `steps`; that is why the class can be marked @unchecked Sendable.
    private let lock = NSLock()
    private var steps: Set<String> = []

    /// Creates an empty set.
    public init() {}

    /// Adds step `id`.
    public func insert(_ id: String) {
        lock.withLock { _ = steps.insert(id) }
    }

    /// Whether step `id` was added.
    public func contains(_ id: String) -> Bool {
        lock.withLock { steps.contains(id) }
    }
}
