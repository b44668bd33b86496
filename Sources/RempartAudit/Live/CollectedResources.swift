import RempartModel

/// What one service collector read: model resources and the tags of each, by resource ID.
struct CollectedResources: Sendable {
    /// The resources, in the order the service listed them.
    var resources: [any AWSResource] = []
    /// Tags by resource ID (the ID or name a finding reports), for suppressions and drift.
    var tags: [String: [String: String]] = [:]
    /// The IDs of the default VPCs, which AWS creates in every region.
    var defaultVPCIDs: Set<String> = []
    /// The resources of the CloudFormation stacks, when they were read.
    var stackResources: [DriftDetector.StackResource] = []

    /// Adds `other`'s resources, tags, default VPCs and stack resources.
    mutating func merge(_ other: CollectedResources) {
        resources += other.resources
        tags.merge(other.tags) { first, _ in first }
        defaultVPCIDs.formUnion(other.defaultVPCIDs)
        stackResources += other.stackResources
    }
}
