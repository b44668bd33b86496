import Foundation
import RempartAWS
import RempartInfra
import RempartSupport

/// Deploys and removes the lab architecture through direct API calls, keeping a state file per deployment.
///
/// Both take the deployment's lock (`DeploymentLock`) first, so two runs never work on one deployment at once.
public struct APIDeployer: Sendable {
    /// The AWS clients.
    public var services: AWSServices
    /// The directory holding `.rempart/deployments/`.
    public var directory: URL
    /// How long to wait for NAT gateways, instances and Elastic IPs, in seconds.
    public var waitTimeout: TimeInterval
    /// The pause between two polls, in seconds; also the pause before a removal checks again what is left.
    public var pollInterval: TimeInterval
    /// Receives warnings that do not stop the run, such as a lock left by a process that died.
    public var onWarning: @Sendable (LocalizedText) -> Void

    /// The number of times a removal deletes what its check still finds, before it reports what is left.
    static let removalPasses = 3

    /// Creates a deployer.
    public init(
        services: AWSServices, directory: URL, waitTimeout: TimeInterval = 600, pollInterval: TimeInterval = 5,
        onWarning: @escaping @Sendable (LocalizedText) -> Void = { _ in }
    ) {
        self.services = services
        self.directory = directory
        self.waitTimeout = waitTimeout
        self.pollInterval = pollInterval
        self.onWarning = onWarning
    }

    /// The state file of deployment `name`.
    public func stateURL(name: String) -> URL { StateStore.fileURL(name: name, in: directory) }

    // MARK: - Deploying

    /// Creates what `plan` describes and is not created yet, and returns the final state.
    ///
    /// With a state file, recorded steps are skipped without a call, except those whose properties changed
    /// with the parameters: they are updated in place. Without one, one `DescribeTags` call checks for EC2
    /// resources tagged with the deployment name; when some exist (the state file was lost), every step is
    /// looked up before it is created.
    ///
    /// - Throws: `DeployError`; after a step failure the state file lists everything created before it.
    @discardableResult
    public func deploy(_ plan: LabDeploymentPlan, onEvent: @escaping @Sendable (DeploymentEvent) -> Void) async throws
        -> DeploymentState
    {
        try LabDeploymentPlan.validate(name: plan.name)
        let lock = try takeLock(name: plan.name, command: "deploy")
        defer { lock.release() }

        let url = stateURL(name: plan.name)
        var adopts = false
        var changesState = false
        var state: DeploymentState
        if var existing = try StateStore.load(url) {
            let impact = try Self.check(existing, against: plan, region: services.region)
            if existing.parameters != plan.parameterValues || !impact.updated.isEmpty {
                existing.outdated += impact.updated.filter { !existing.outdated.contains($0) }
                existing.parameters = plan.parameterValues
                changesState = true
            }
            state = existing
        } else {
            state = DeploymentState(
                name: plan.name, profile: plan.profile.rawValue, region: services.region,
                parameters: plan.parameterValues)
            adopts = try await hasTaggedResources(name: plan.name)
        }

        let store = StateStore(state: state, fileURL: url)
        if changesState { try await store.save() }
        let context = self.context(name: plan.name, store: store)
        try await plan.graph.deploy(context: context, adopts: adopts, onEvent: onEvent)
        return await store.current
    }

    /// Checks that `plan` can be deployed over the state file in `directory`, without any AWS call: the
    /// deployment, when it exists, has the same profile (and region, when `region` is given), and the changed
    /// parameters need no new resource.
    ///
    /// - Throws: `DeployError.profileMismatch`, `.regionMismatch`, `.parametersChanged` or `.invalidStateFile`.
    public static func check(_ plan: LabDeploymentPlan, directory: URL, region: String? = nil) throws {
        try LabDeploymentPlan.validate(name: plan.name)
        guard let existing = try StateStore.load(StateStore.fileURL(name: plan.name, in: directory)) else { return }
        _ = try check(existing, against: plan, region: region)
    }

    /// Checks `existing` against `plan` and returns the steps the parameters change.
    private static func check(_ existing: DeploymentState, against plan: LabDeploymentPlan, region: String?) throws
        -> LabDeploymentPlan.ParameterImpact
    {
        guard existing.profile == plan.profile.rawValue else {
            throw DeployError.profileMismatch(
                name: plan.name, deployed: existing.profile, requested: plan.profile.rawValue)
        }
        if let region, existing.region != region {
            throw DeployError.regionMismatch(name: plan.name, deployed: existing.region, requested: region)
        }
        let impact = try plan.parameterImpact(on: existing)
        guard impact.replaced.isEmpty else {
            throw DeployError.parametersChanged(name: plan.name, changes: impact.changes, replaced: impact.replaced)
        }
        return impact
    }

    // MARK: - Removing

    /// Deletes everything deployment `name` created, in reverse dependency order, then its local files.
    ///
    /// Without a state file, every resource is looked up by its tags or name through the hardened graph. The
    /// baseline graph then looks up what only the baseline has (its bucket's name), so a deployment of either
    /// profile whose state was lost is removed too. Nothing is written then, because a later run finds the
    /// resources the same way.
    ///
    /// After the deletions, every step's find runs again. What it finds with the deployment's tag (a second
    /// copy left by two runs at once) is deleted in turn, up to `removalPasses` times. What is still found
    /// then, and what has the deployment's name but no tag, is reported.
    ///
    /// - Throws: `DeployError.destroyFailed` listing the deletions that failed, `.resourcesLeft` listing what
    ///   still exists; run it again to retry them.
    public func destroy(name: String, onEvent: @escaping @Sendable (DeploymentEvent) -> Void) async throws {
        try LabDeploymentPlan.validate(name: name)
        let lock = try takeLock(name: name, command: "destroy")
        defer { lock.release() }

        let url = stateURL(name: name)
        let saved = try StateStore.load(url)
        if let saved, saved.region != services.region {
            throw DeployError.regionMismatch(name: name, deployed: saved.region, requested: services.region)
        }
        let profiles = saved.flatMap { LabProfile(rawValue: $0.profile) }.map { [$0] } ?? [.hardened, .baseline]
        let graphs = try profiles.map { try LabDeploymentPlan(name: name, profile: $0, region: services.region).graph }
        let state = saved ?? DeploymentState(name: name, profile: "", region: services.region)
        let store = StateStore(state: state, fileURL: saved == nil ? nil : url)
        let context = self.context(name: name, store: store)

        // Delete what the state records or the finds return, then whatever the check still finds with the tag.
        try await destroy(graphs, context: context, only: nil, onEvent: onEvent)
        var left = try await remainingResources(graphs, name: name)
        var pass = 1
        while pass < Self.removalPasses, left.contains(where: \.isTagged) {
            pass += 1
            try await Task.sleep(nanoseconds: UInt64(pollInterval * 1_000_000_000))
            for resource in left where resource.isTagged {
                try await store.complete(resource.step, resource.record)
            }
            let steps = Set(left.filter(\.isTagged).map(\.step))
            try await destroy(graphs, context: context, only: steps, onEvent: onEvent)
            left = try await remainingResources(graphs, name: name)
        }

        guard left.isEmpty else {
            for resource in left where resource.isTagged {
                try await store.complete(resource.step, resource.record)
            }
            throw DeployError.resourcesLeft(name: name, left.map(\.description))
        }

        // Every resource is gone; the settings and lookups recorded with them go too.
        for file in [url, StateStore.temporaryURL(for: url), StateStore.templatesDirectory(name: name, in: directory)] {
            try? FileManager.default.removeItem(at: file)
        }
    }

    /// Runs the deletions of every graph, going on after a failing graph, and throws every failure together.
    private func destroy(
        _ graphs: [DeploymentGraph], context: StepContext, only: Set<String>?,
        onEvent: @escaping @Sendable (DeploymentEvent) -> Void
    ) async throws {
        var failures: [DeployError] = []
        for graph in graphs {
            do {
                try await graph.destroy(context: context, only: only, reportsAbsent: only == nil, onEvent: onEvent)
            } catch DeployError.destroyFailed(let errors) {
                failures += errors
            }
        }
        guard failures.isEmpty else { throw DeployError.destroyFailed(failures) }
    }

    // MARK: - Helpers

    /// Takes the deployment's lock and reports a lock taken over from a process that died.
    private func takeLock(name: String, command: String) throws -> DeploymentLock {
        let lock = try DeploymentLock.acquire(name: name, in: directory, command: command)
        if let stale = lock.staleHolder {
            let started = ISO8601DateFormatter().string(from: stale.started)
            onWarning(
                LocalizedText(
                    "took over the lock '\(lock.url.path)' left by process \(stale.pid) (\(stale.command), started "
                        + "\(started)), which is no longer running",
                    fr: "reprise du verrou « \(lock.url.path) » laissé par le processus \(stale.pid) (\(stale.command), "
                        + "démarré le \(started)), qui ne tourne plus"))
        }
        return lock
    }

    /// Whether any EC2 resource carries the deployment's tag (`DescribeTags`, one call).
    private func hasTaggedResources(name: String) async throws -> Bool {
        let tags = try await services.ec2.describeTags(filters: [
            EC2.Filter("key", [StepContext.deploymentTagKey]), EC2.Filter("value", [name]),
        ])
        return !tags.isEmpty
    }

    func context(name: String, store: StateStore) -> StepContext {
        StepContext(
            services: services, deployment: name, stepID: "", store: store, waitTimeout: waitTimeout,
            pollInterval: pollInterval)
    }
}
