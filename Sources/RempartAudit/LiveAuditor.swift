import Foundation
import RempartAWS
import RempartModel
import RempartSupport

/// Reads a live account into the AWS state, one concurrent task per service.
///
/// Every API call goes through one `ConcurrencyLimit` of `concurrency` calls in flight.
/// Failed reads become `AWSState.gaps`; the audit always completes.
public struct LiveAuditor: Sendable {
    /// The client for the account and region to audit.
    public var client: AWSClient
    /// The maximum number of API calls in flight.
    public var concurrency: Int
    public var logger: Logger

    /// Creates an auditor.
    public init(client: AWSClient, concurrency: Int = 8, logger: Logger = .disabled) {
        self.client = client
        self.concurrency = concurrency
        self.logger = logger
    }

    /// The collectors, one per service, sorted by name.
    static let collectors: [any LiveCollector.Type] = [
        CloudTrailCollector.self,
        CloudWatchCollector.self,
        EC2Collector.self,
        IAMCollector.self,
        KMSCollector.self,
        S3Collector.self,
    ]

    /// Reads every service and returns the account's resources, tags, gaps and call counts.
    ///
    /// - Parameter readsStacks: Also read the CloudFormation stacks' resources, which drift
    ///   detection uses to match template resources.
    public func collect(readsStacks: Bool = false) async -> LiveInventory {
        let started = Date()
        let log = ReadLog()
        let reader = LiveReader(
            client: client, region: client.configuration.region, log: log, limit: ConcurrencyLimit(concurrency),
            logger: logger)
        logger.info("auditing the account", metadata: ["aws.region": reader.region])

        let collected = await withTaskGroup(of: (Int, CollectedResources).self) { group in
            for (index, collector) in Self.collectors.enumerated() {
                group.addTask { (index, await collector.collect(reader)) }
            }
            if readsStacks {
                group.addTask { (Self.collectors.count, await StackCollector.collect(reader)) }
            }
            var outputs: [(Int, CollectedResources)] = []
            for await output in group { outputs.append(output) }
            return outputs.sorted { $0.0 < $1.0 }.map(\.1)
        }

        var merged = CollectedResources()
        for part in collected { merged.merge(part) }
        var state = AWSState()
        state.add(contentsOf: merged.resources)
        state.gaps = await log.gaps
        var inventory = LiveInventory(
            state: state, tags: merged.tags, region: reader.region, callCounts: await log.callCounts,
            seconds: Date().timeIntervalSince(started))
        inventory.defaultVPCIDs = merged.defaultVPCIDs
        inventory.stackResources = merged.stackResources
        return inventory
    }
}
