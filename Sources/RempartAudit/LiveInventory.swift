import RempartModel

/// What an audit read from a live account.
public struct LiveInventory: Sendable {
    /// The resources as the rules see them, with the reads that failed as `gaps`.
    public var state: AWSState
    /// Tags by resource ID, for tag suppressions and drift matching.
    public var tags: [String: [String: String]]
    /// The region that was read.
    public var region: String
    /// API reads per operation (a paginated listing counts once; retries are not counted).
    public var callCounts: [String: Int]
    /// The wall time of the reads, in seconds.
    public var seconds: Double
    /// The account ID the credentials belong to (STS `GetCallerIdentity`), nil when it could not be read.
    public var accountID: String?
    /// The IDs of the default VPCs, which AWS creates in every region.
    public var defaultVPCIDs: Set<String> = []
    /// The resources of the region's CloudFormation stacks, read only for drift detection.
    public var stackResources: [DriftDetector.StackResource] = []

    /// Creates an inventory.
    public init(
        state: AWSState, tags: [String: [String: String]] = [:], region: String, callCounts: [String: Int] = [:],
        seconds: Double = 0
    ) {
        self.state = state
        self.tags = tags
        self.region = region
        self.callCounts = callCounts
        self.seconds = seconds
    }

    /// The `Name` tag of each resource that has a non-empty one, by resource ID.
    public var resourceNames: [String: String] {
        tags.compactMapValues { tags in tags["Name"].flatMap { $0.isEmpty ? nil : $0 } }
    }

    /// The total number of API reads.
    public var callCount: Int { callCounts.values.reduce(0, +) }

    /// The name live findings are grouped under in reports, such as `aws:us-east-1`.
    public var target: String { "aws:\(region)" }
}
