import Foundation
import RempartAWS

/// The inputs of a step: the AWS clients, the deployment's name and tags, and the records of earlier steps.
public struct StepContext: Sendable {
    /// The AWS clients.
    public var services: AWSServices
    /// The deployment name.
    public var deployment: String
    /// The ID of the running step.
    public var stepID: String
    /// The state of the run.
    public var store: StateStore
    /// How long to wait for a resource to reach a state, in seconds.
    public var waitTimeout: TimeInterval
    /// How long to sleep between two polls of a resource's state, in seconds.
    public var pollInterval: TimeInterval
    /// Set during the check that follows a removal. Finds then also accept resources that have the expected name,
    /// carrying the deployment's, but no deployment tag, and list their steps here, so that they are reported
    /// without being deleted.
    public var untaggedFinds: UntaggedFinds?

    /// The tag key holding the deployment name on every resource.
    public static let deploymentTagKey = "rempart:deployment"
    /// The tag key holding the ID of the step that created a resource.
    public static let resourceTagKey = "rempart:resource"

    /// Returns the tags of the running step's resource: the deployment, the step and, when given, a `Name`.
    public func tags(name: String? = nil) -> [String: String] {
        var tags = [Self.deploymentTagKey: deployment, Self.resourceTagKey: stepID]
        if let name { tags["Name"] = name }
        return tags
    }

    /// EC2 filters selecting the running step's resource by its tags.
    public var tagFilters: [EC2.Filter] {
        [EC2.Filter("tag:\(Self.deploymentTagKey)", [deployment]), EC2.Filter("tag:\(Self.resourceTagKey)", [stepID])]
    }

    /// Returns whether `tags` mark a resource of the running step. Finds check this on top of the tag filters,
    /// because moto 5.2.5 ignores tag filters in `DescribeNatGateways`.
    public func isOwned(_ tags: [String: String]) -> Bool {
        tags[Self.deploymentTagKey] == deployment && tags[Self.resourceTagKey] == stepID
    }

    /// Returns whether the resource `name`, found by that exact name, belongs to the running step, from its `tags`.
    ///
    /// A resource tagged with another deployment, or with another step of this one, never does. A resource
    /// without a `rempart:deployment` tag does when the step is pending, because its create call was sent but the
    /// run stopped before tagging or recording it. During the check after a removal, such a resource is also
    /// listed when its name carries the deployment (`rempart-<name>-`, so that `rempart-lab1` is not
    /// taken for `rempart-lab10`), so that it is reported.
    public func owns(tags: [String: String], name: String) async -> Bool {
        guard let owner = tags[Self.deploymentTagKey] else {
            if await store.isPending(stepID) { return true }
            guard let untaggedFinds, name.contains(namePrefix + "-") else { return false }
            untaggedFinds.insert(stepID)
            return true
        }
        return owner == deployment && tags[Self.resourceTagKey] == stepID
    }

    /// Returns the record of completed step `id`.
    ///
    /// - Throws: `DeployError.missingDependency` when that step has not completed.
    public func record(_ id: String) async throws -> ResourceRecord {
        guard let record = await store.record(id) else {
            throw DeployError.missingDependency(step: stepID, dependency: id)
        }
        return record
    }

    /// Returns the physical ID recorded by step `id`.
    public func id(_ step: String) async throws -> String { try await record(step).id }

    /// The prefix of every name this deployment gives: `rempart-<name>`.
    public var namePrefix: String { "rempart-\(deployment)" }

    /// Polls `check` until it returns true, sleeping `pollInterval` between polls.
    ///
    /// - Throws: `DeployError.waitTimedOut` after `waitTimeout` seconds.
    public func wait(for resource: String, toBe state: String, _ check: @Sendable () async throws -> Bool) async throws
    {
        let deadline = Date().addingTimeInterval(waitTimeout)
        while true {
            if try await check() { return }
            guard Date() < deadline else {
                throw DeployError.waitTimedOut(resource: resource, state: state, seconds: Int(waitTimeout))
            }
            try await Task.sleep(nanoseconds: UInt64(pollInterval * 1_000_000_000))
        }
    }
}
