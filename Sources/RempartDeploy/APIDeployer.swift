import Foundation
import RempartAWS
import RempartInfra

/// Deploys and removes the lab architecture through direct API calls, keeping a state file per deployment.
public struct APIDeployer: Sendable {
    /// The AWS clients.
    public var services: AWSServices
    /// The directory holding `.rempart/deployments/`.
    public var directory: URL
    /// How long to wait for NAT gateways, instances and Elastic IPs, in seconds.
    public var waitTimeout: TimeInterval
    /// The pause between two polls, in seconds.
    public var pollInterval: TimeInterval

    /// Creates a deployer.
    public init(services: AWSServices, directory: URL, waitTimeout: TimeInterval = 600, pollInterval: TimeInterval = 5)
    {
        self.services = services
        self.directory = directory
        self.waitTimeout = waitTimeout
        self.pollInterval = pollInterval
    }

    /// The state file of deployment `name`.
    public func stateURL(name: String) -> URL { StateStore.fileURL(name: name, in: directory) }

    /// Creates what `plan` describes and is not created yet, and returns the final state.
    ///
    /// With a state file, recorded steps are skipped without a call. Without one, one
    /// `DescribeTags` call checks for EC2 resources tagged with the deployment name; when some
    /// exist (the state file was lost), every step is looked up before it is created.
    ///
    /// - Throws: `DeployError`; the state file then lists everything created before the failure.
    @discardableResult
    public func deploy(_ plan: LabDeploymentPlan, onEvent: @escaping @Sendable (DeploymentEvent) -> Void) async throws
        -> DeploymentState
    {
        try LabDeploymentPlan.validate(name: plan.name)
        let url = stateURL(name: plan.name)
        var adopts = false
        let state: DeploymentState
        if let existing = try StateStore.load(url) {
            guard existing.profile == plan.profile.rawValue else {
                throw DeployError.profileMismatch(
                    name: plan.name, deployed: existing.profile, requested: plan.profile.rawValue)
            }
            state = existing
        } else {
            state = DeploymentState(name: plan.name, profile: plan.profile.rawValue, region: services.region)
            adopts = try await hasTaggedResources(name: plan.name)
        }

        let store = StateStore(state: state, fileURL: url)
        let context = self.context(name: plan.name, store: store)
        try await plan.graph.deploy(context: context, adopts: adopts, onEvent: onEvent)
        return await store.current
    }

    /// Deletes everything deployment `name` created, in reverse dependency order, then its state file.
    ///
    /// Without a state file, every resource is looked up by its tags or name: through the hardened
    /// graph, then through the baseline graph for what only the baseline has (its bucket's name), so a
    /// deployment of either profile whose state was lost is removed too.
    ///
    /// - Throws: `DeployError.destroyFailed` listing the resources left; run it again to retry them.
    public func destroy(name: String, onEvent: @escaping @Sendable (DeploymentEvent) -> Void) async throws {
        try LabDeploymentPlan.validate(name: name)
        let url = stateURL(name: name)
        let saved = try StateStore.load(url)
        let state = saved ?? DeploymentState(name: name, profile: LabProfile.hardened.rawValue, region: services.region)
        let profiles = saved.map { [LabProfile(rawValue: $0.profile) ?? .hardened] } ?? [.hardened, .baseline]
        let store = StateStore(state: state, fileURL: url)
        let context = self.context(name: name, store: store)
        for profile in profiles {
            let plan = LabDeploymentPlan(name: name, profile: profile, region: state.region)
            try await plan.graph.destroy(context: context, onEvent: onEvent)
        }

        // Every resource is gone; the settings and lookups recorded with them go too.
        try? FileManager.default.removeItem(at: url)
    }

    /// Whether any EC2 resource carries the deployment's tag (`DescribeTags`, one call).
    private func hasTaggedResources(name: String) async throws -> Bool {
        let tags = try await services.ec2.describeTags(filters: [
            EC2.Filter("key", [StepContext.deploymentTagKey]), EC2.Filter("value", [name]),
        ])
        return !tags.isEmpty
    }

    private func context(name: String, store: StateStore) -> StepContext {
        StepContext(
            services: services, deployment: name, stepID: "", store: store, waitTimeout: waitTimeout,
            pollInterval: pollInterval)
    }
}
