import RempartModel

/// The failed reads and the calls of one audit, shared by every collector.
actor ReadLog {
    /// The failed reads, in the order they failed.
    private(set) var gaps: [AWSState.Gap] = []
    /// The number of calls per operation, retries excluded.
    private(set) var callCounts: [String: Int] = [:]
    /// The summed duration of the calls, in seconds.
    private(set) var callSeconds: Double = 0

    /// Records a failed read.
    func recordGap(_ gap: AWSState.Gap) {
        gaps.append(gap)
    }

    /// Counts one call of `operation` that took `seconds`.
    func recordCall(_ operation: String, seconds: Double) {
        callCounts[operation, default: 0] += 1
        callSeconds += seconds
    }
}
