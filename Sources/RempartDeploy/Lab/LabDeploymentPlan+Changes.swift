import Foundation
import RempartTemplate

/// The changes a new run brings to an existing deployment: its parameters and the recorded steps they affect.
extension LabDeploymentPlan {
    /// The recorded steps that a change of the parameters affects, split by what the API can do about them.
    public struct ParameterImpact: Sendable, Equatable {
        /// The parameters whose values differ from the recorded ones, sorted by name.
        public var changes: [DeployError.ParameterChange]
        /// The steps whose `update` applies the change in place: a security group's rules.
        public var updated: [String]
        /// The steps whose resource would have to be replaced, which a deployment refuses: a VPC's range.
        public var replaced: [String]
    }

    /// Compares this plan's parameters with those `state` was made with, and returns the recorded steps whose
    /// resolved properties differ.
    ///
    /// A state written before parameters were recorded has no values to compare: its updatable steps are
    /// all updated, which leaves resources that already match unchanged, and no step counts as replaced.
    ///
    /// - Throws: `DeployError.invalidArchitecture` or `.unsupportedResourceType` when the graph cannot be built.
    public func parameterImpact(on state: DeploymentState) throws -> ParameterImpact {
        let steps = try graph.steps.filter { state.resources[$0.id] != nil && $0.source != nil }
        guard let recorded = state.parameters else {
            let updated = steps.filter { $0.update != nil }.map(\.id)
            return ParameterImpact(changes: [], updated: updated, replaced: [])
        }

        let current = parameterValues
        let changes = current.keys.sorted().compactMap { name -> DeployError.ParameterChange? in
            guard let value = current[name], let old = recorded[name], old != value else { return nil }
            return DeployError.ParameterChange(name: name, deployed: old, requested: value)
        }
        guard !changes.isEmpty else { return ParameterImpact(changes: [], updated: [], replaced: []) }

        // The same properties resolved with the recorded values and with the new ones.
        let newResolver = resolver
        var oldResolver = resolver
        oldResolver.parameters.merge(recorded, uniquingKeysWith: { _, old in old })
        var updated: [String] = []
        var replaced: [String] = []
        for step in steps {
            guard let source = step.source else { continue }
            let before = Self.resolvedText(oldResolver, source, state: state)
            let after = Self.resolvedText(newResolver, source, state: state)
            guard before != after else { continue }
            if step.update != nil {
                updated.append(step.id)
            } else {
                replaced.append(step.id)
            }
        }
        return ParameterImpact(changes: changes, updated: updated, replaced: replaced)
    }

    /// Returns the step's properties resolved by `resolver` as compact JSON, or the reason they cannot be resolved.
    private static func resolvedText(
        _ resolver: ConstructResolver, _ source: DeploymentStep.PropertySource, state: DeploymentState
    ) -> String {
        do {
            let properties = try resolver.properties(
                of: source.logicalID, in: source.file, keys: source.keys, state: state, region: state.region)
            return NodeFormatter.compactJSON(properties)
        } catch {
            return "unresolved: \(error)"
        }
    }
}
