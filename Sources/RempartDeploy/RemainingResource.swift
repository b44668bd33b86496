import Foundation

/// A resource of a deployment that a find still returns after its removal.
struct RemainingResource: Sendable, Equatable {
    /// The step whose find returned it.
    var step: String
    /// The record the find returned, enough to delete the resource.
    var record: ResourceRecord
    /// Whether it carries the deployment's tag; false for a resource that only has the deployment's name.
    var isTagged: Bool

    /// The description that `DeployError.resourcesLeft` reports.
    var description: DeployError.LeftResource {
        DeployError.LeftResource(step: step, type: record.type, id: record.id, isTagged: isTagged)
    }
}
