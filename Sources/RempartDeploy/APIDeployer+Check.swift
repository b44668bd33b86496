import Foundation
import RempartAWS

/// The check that follows a removal: every step's find runs again, on an empty state, to list what is left.
extension APIDeployer {
    /// The number of finds that run at once during the check.
    static let concurrentFinds = 8

    /// Returns the resources that the finds of `graphs` still return for deployment `name`, in the graphs'
    /// order, each resource once.
    ///
    /// The finds run on an empty state, so each looks its resource up by its tags or its name, with the
    /// records of its dependencies found first. They also accept a resource that has the expected name but no
    /// deployment tag, marked as untagged.
    ///
    /// - Throws: `DeployError.stepFailed` when a find's AWS call fails, so that nothing left goes unreported.
    func remainingResources(_ graphs: [DeploymentGraph], name: String) async throws -> [RemainingResource] {
        let untagged = UntaggedFinds()
        var found: [RemainingResource] = []
        var seen = Set<String>()
        for graph in graphs {
            let store = StateStore(state: DeploymentState(name: name, profile: "", region: services.region), fileURL: nil)
            var context = self.context(name: name, store: store)
            context.untaggedFinds = untagged
            let steps = graph.steps.filter { $0.delete != nil && $0.find != nil }
            let records = try await findAll(steps, context: context)
            for step in steps {
                guard let record = records[step.id] else { continue }
                guard seen.insert("\(record.type) \(record.id)").inserted else { continue }
                found.append(RemainingResource(step: step.id, record: record, isTagged: !untagged.contains(step.id)))
            }
        }
        return found
    }

    /// Runs the finds of `steps`, `concurrentFinds` at a time, and returns what they found by step ID.
    private func findAll(_ steps: [DeploymentStep], context: StepContext) async throws -> [String: ResourceRecord] {
        try await withThrowingTaskGroup(of: (String, ResourceRecord?).self) { group in
            var results: [String: ResourceRecord] = [:]
            var queue = steps[...]
            func startNext() {
                guard let step = queue.popFirst(), let find = step.find else { return }
                var stepContext = context
                stepContext.stepID = step.id
                group.addTask {
                    do {
                        return (step.id, try await find(stepContext))
                    } catch let error as AWSError {
                        throw DeployError.stepFailed(step: step.id, title: step.deletionTitle, underlying: error)
                    }
                }
            }
            for _ in 0..<Self.concurrentFinds { startNext() }
            while let (id, record) = try await group.next() {
                results[id] = record
                startNext()
            }
            return results
        }
    }
}
