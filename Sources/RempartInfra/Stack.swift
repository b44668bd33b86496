import RempartTemplate

/// One CloudFormation template: its description, parameters, resources and outputs.
///
/// Resources keep the order they were added in, which is the order of the written template.
/// `deploymentLayers()` orders them by dependency instead, for deployments through the API.
public struct Stack: Sendable {
    /// The file name the template is written to, such as `vpc.yaml`.
    public var fileName: String
    public var description: String
    public var parameters: [Parameter]
    public var resources: [any Construct]
    public var outputs: [Output]

    /// Creates a stack.
    public init(
        fileName: String, description: String, parameters: [Parameter] = [], resources: [any Construct] = [],
        outputs: [Output] = []
    ) {
        self.fileName = fileName
        self.description = description
        self.parameters = parameters
        self.resources = resources
        self.outputs = outputs
    }

    /// Returns the resource with `logicalID`, or nil.
    public func resource(_ logicalID: String) -> (any Construct)? {
        resources.first { $0.logicalID == logicalID }
    }

    /// Returns the output named `name`, or nil.
    public func output(_ name: String) -> Output? {
        outputs.first { $0.name == name }
    }

    /// The whole template.
    public var template: Node {
        .map([
            ("AWSTemplateFormatVersion", .string("2010-09-09")),
            ("Description", .string(description)),
            ("Parameters", parameters.isEmpty ? nil : .map(parameters.map { ($0.name, $0.node) })),
            ("Resources", .map(resources.map { ($0.logicalID, $0.resource) })),
            ("Outputs", outputs.isEmpty ? nil : .map(outputs.map { ($0.name, $0.node) })),
        ])
    }

    /// Returns the logical IDs of the resources of this stack that `logicalID` refers to, sorted.
    public func dependencies(of logicalID: String) -> [String] {
        guard let construct = resource(logicalID) else { return [] }
        let known = Set(resources.map(\.logicalID))
        return construct.references.filter { known.contains($0) && $0 != logicalID }.sorted()
    }

    /// Groups the resources into layers: every resource depends only on resources of earlier
    /// layers, so the resources of one layer can be created concurrently. Each layer keeps
    /// the stack's order.
    ///
    /// - Throws: `InfraError.dependencyCycle` with the logical IDs left when no order exists.
    public func deploymentLayers() throws(InfraError) -> [[String]] {
        var remaining = resources.map(\.logicalID)
        var done = Set<String>()
        var layers: [[String]] = []
        while !remaining.isEmpty {
            let ready = remaining.filter { id in dependencies(of: id).allSatisfy(done.contains) }
            guard !ready.isEmpty else { throw .dependencyCycle(stack: fileName, logicalIDs: remaining) }
            layers.append(ready)
            done.formUnion(ready)
            remaining.removeAll { done.contains($0) }
        }
        return layers
    }

    /// The logical IDs declared more than once, which CloudFormation rejects.
    public var duplicateLogicalIDs: [String] {
        var seen = Set<String>()
        var duplicates: [String] = []
        for id in resources.map(\.logicalID) where !seen.insert(id).inserted {
            duplicates.append(id)
        }
        return duplicates
    }
}
