import Foundation
import RempartAWS

/// Runs a set of steps as a dependency graph: a step starts as soon as every step it depends on
/// has completed, so independent resources are created (or deleted) concurrently.
public struct DeploymentGraph: Sendable {
    /// The steps, in a stable order used for progress and ties.
    public var steps: [DeploymentStep]

    /// Creates a graph.
    ///
    /// - Precondition: step IDs are unique and every dependency names a step of the graph.
    public init(steps: [DeploymentStep]) {
        self.steps = steps
    }

    /// The steps by ID.
    var byID: [String: DeploymentStep] {
        Dictionary(steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Returns the IDs of dependencies that name no step, and the steps in a cycle; both empty for a valid graph.
    public func validationProblems() -> [String] {
        let ids = Set(steps.map(\.id))
        var problems = steps.flatMap { step in
            step.dependencies.filter { !ids.contains($0) }.map { "\(step.id) depends on unknown '\($0)'" }
        }
        if ids.count != steps.count { problems.append("duplicate step IDs") }
        if problems.isEmpty, let cycle = layers().leftover, !cycle.isEmpty {
            problems.append("cycle among \(cycle.joined(separator: ", "))")
        }
        return problems
    }

    /// Groups the steps in layers: each step depends only on steps of earlier layers.
    public func layers() -> (layers: [[String]], leftover: [String]?) {
        var done = Set<String>()
        var remaining = steps
        var layers: [[String]] = []
        while !remaining.isEmpty {
            let ready = remaining.filter { $0.dependencies.allSatisfy(done.contains) }
            guard !ready.isEmpty else { return (layers, remaining.map(\.id)) }
            layers.append(ready.map(\.id))
            done.formUnion(ready.map(\.id))
            remaining.removeAll { done.contains($0.id) }
        }
        return (layers, nil)
    }

    /// The length of the longest dependency chain, in steps.
    public var criticalPathLength: Int { layers().layers.count }

    // MARK: - Deploying

    /// Creates every step's resource that the state does not already record.
    ///
    /// A step recorded in the state is skipped without any call, unless the state marks it outdated: its
    /// `update` then applies the changed properties in place. A step marked pending (its
    /// create call was sent but not recorded), or every step when `adopts` is set, is first
    /// looked up with `find`. On the first failure no new step starts, the steps already
    /// running finish and are recorded, and the failure is thrown.
    ///
    /// - Throws: `DeployError.stepFailed` or `.stepAborted` for the first failing step.
    public func deploy(
        context: StepContext, adopts: Bool, onEvent: @escaping @Sendable (DeploymentEvent) -> Void
    ) async throws {
        let total = steps.count
        try await run(forward: true, total: total, onEvent: onEvent) { step, position in
            var stepContext = context
            stepContext.stepID = step.id
            let store = context.store
            if let record = await store.record(step.id) {
                if await store.isOutdated(step.id), let update = step.update {
                    let updated = try await update(stepContext, record)
                    try await store.complete(step.id, updated)
                    return DeploymentEvent(
                        kind: .updated, step: step.id, title: step.title, frenchTitle: step.frenchTitle,
                        position: position, total: total, resourceID: updated.id)
                }
                return DeploymentEvent(
                    kind: .recorded, step: step.id, title: step.title, frenchTitle: step.frenchTitle, position: position, total: total,
                    resourceID: record.id)
            }
            let isPending = await store.isPending(step.id)
            if adopts || isPending, let find = step.find, let found = try await find(stepContext) {
                try await store.complete(step.id, found)
                return DeploymentEvent(
                    kind: .found, step: step.id, title: step.title, frenchTitle: step.frenchTitle, position: position, total: total,
                    resourceID: found.id)
            }
            if step.resourceType != ResourceRecord.lookupType { try await store.markPending(step.id) }
            let record = try await step.create(stepContext)
            try await store.complete(step.id, record)
            return DeploymentEvent(
                kind: .created, step: step.id, title: step.title, frenchTitle: step.frenchTitle, position: position, total: total,
                resourceID: record.id)
        }
    }

    // MARK: - Destroying

    /// Deletes every step's resource in reverse dependency order: a step is deleted once every
    /// step depending on it is deleted. Resources missing from the state are looked up with `find`.
    ///
    /// A failure does not stop independent branches; the steps that depend on nothing failed
    /// are still deleted, and every failure is thrown together at the end.
    ///
    /// - Parameters:
    ///   - only: The steps to delete, in the same order as in the whole graph; nil deletes every step.
    ///   - reportsAbsent: Whether a step that finds nothing to delete sends an event.
    /// - Throws: `DeployError.destroyFailed` listing every failed step.
    public func destroy(
        context: StepContext, only: Set<String>? = nil, reportsAbsent: Bool = true,
        onEvent: @escaping @Sendable (DeploymentEvent) -> Void
    ) async throws {
        let deletable = steps.filter { $0.delete != nil && (only?.contains($0.id) ?? true) }
        let total = deletable.count
        let reversed = DeploymentGraph(steps: reversedSteps(deletable))
        let forward: @Sendable (DeploymentEvent) -> Void = { event in
            if event.kind == .absent && !reportsAbsent { return }
            onEvent(event)
        }
        try await reversed.run(forward: false, total: total, onEvent: forward) { step, position in
            var stepContext = context
            stepContext.stepID = step.id
            let store = context.store
            var record = await store.record(step.id)
            if record == nil, let find = step.find { record = try await find(stepContext) }
            let title = step.deletionTitle
            let frenchTitle = step.deletionFrenchTitle
            guard let record, let delete = step.delete else {
                try await store.remove(step.id)
                return DeploymentEvent(
                    kind: .absent, step: step.id, title: title, frenchTitle: frenchTitle, position: position,
                    total: total)
            }
            let existed = try await delete(stepContext, record)
            try await store.remove(step.id)
            return DeploymentEvent(
                kind: existed ? .deleted : .alreadyGone, step: step.id, title: title, frenchTitle: frenchTitle,
                position: position, total: total, resourceID: record.id)
        }
    }

    /// Returns `subset` with reversed edges: each step depends on the steps of `subset` that
    /// depended on it, through any chain of steps left out of `subset`.
    private func reversedSteps(_ subset: [DeploymentStep]) -> [DeploymentStep] {
        let kept = Set(subset.map(\.id))
        let all = byID

        // The kept steps each step reaches through its dependencies, skipping steps that are not kept.
        var memo: [String: Set<String>] = [:]
        func keptAncestors(_ id: String) -> Set<String> {
            if let known = memo[id] { return known }
            var result = Set<String>()
            for dependency in all[id]?.dependencies ?? [] {
                if kept.contains(dependency) {
                    result.insert(dependency)
                } else {
                    result.formUnion(keptAncestors(dependency))
                }
            }
            memo[id] = result
            return result
        }

        var dependents: [String: [String]] = [:]
        for step in subset {
            for ancestor in keptAncestors(step.id) { dependents[ancestor, default: []].append(step.id) }
        }
        return subset.map { step in
            var reversed = step
            reversed.dependencies = dependents[step.id] ?? []
            return reversed
        }
    }

    // MARK: - Scheduling

    /// Runs `body` for every step once its dependencies have succeeded, at most everything ready at once.
    private func run(
        forward: Bool, total: Int, onEvent: @escaping @Sendable (DeploymentEvent) -> Void,
        _ body: @escaping @Sendable (DeploymentStep, Int) async throws -> DeploymentEvent
    ) async throws {
        var remaining = steps
        var succeeded = Set<String>()
        var positions: [String: Int] = [:]
        var failures: [DeployError] = []
        var started = 0

        try await withThrowingTaskGroup(of: (String, Result<DeploymentEvent, DeployError>).self) { group in
            var running = 0
            func startReady() {
                // Deploys stop starting steps after a failure; destroys go on with independent branches.
                if forward && !failures.isEmpty { return }
                let ready = remaining.filter { step in
                    step.dependencies.allSatisfy(succeeded.contains)
                }
                for step in ready {
                    remaining.removeAll { $0.id == step.id }
                    started += 1
                    let position = started
                    positions[step.id] = position
                    running += 1
                    onEvent(
                        DeploymentEvent(
                            kind: .started, step: step.id, title: forward ? step.title : step.deletionTitle,
                            frenchTitle: forward ? step.frenchTitle : step.deletionFrenchTitle, position: position,
                            total: total))
                    let title = forward ? step.title : step.deletionTitle
                    group.addTask {
                        do {
                            return (step.id, .success(try await body(step, position)))
                        } catch let error as DeployError {
                            return (step.id, .failure(error))
                        } catch let error as AWSError {
                            return (step.id, .failure(.stepFailed(step: step.id, title: title, underlying: error)))
                        } catch {
                            return (step.id, .failure(.stepAborted(step: step.id, title: title, reason: "\(error)")))
                        }
                    }
                }
            }

            startReady()
            while running > 0, let (id, result) = try await group.next() {
                running -= 1
                switch result {
                case .success(var event):
                    succeeded.insert(id)
                    event.frenchNoun = event.frenchNoun ?? byID[id]?.frenchNoun
                    onEvent(event)
                case .failure(let error):
                    failures.append(error)
                    let step = byID[id]
                    onEvent(
                        DeploymentEvent(
                            kind: .failed, step: id, title: (forward ? step?.title : step?.deletionTitle) ?? id,
                            frenchTitle: forward ? step?.frenchTitle : step?.deletionFrenchTitle,
                            position: positions[id] ?? 0, total: total, reason: error.message.english,
                            frenchReason: error.message.french))
                }
                startReady()
            }
        }

        guard !failures.isEmpty else { return }
        if forward, let first = failures.first { throw first }
        throw DeployError.destroyFailed(failures)
    }
}
