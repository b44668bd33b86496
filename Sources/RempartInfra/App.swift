import RempartTemplate

/// Several stacks deployed together, linked by exports and `Fn::ImportValue`.
public struct App: Sendable {
    public var stacks: [Stack]

    /// Creates an app.
    public init(stacks: [Stack]) {
        self.stacks = stacks
    }

    /// Returns the stack written to `fileName`, or nil.
    public func stack(_ fileName: String) -> Stack? {
        stacks.first { $0.fileName == fileName }
    }

    /// For each stack, the stacks whose exports it imports, sorted. An import matches an
    /// export when both name it with the same expression (the same `Fn::Sub` text, for example).
    ///
    /// - Throws: `InfraError.missingExport` when an import matches no export.
    public func stackDependencies() throws(InfraError) -> [String: [String]] {
        var exporters: [String: String] = [:]
        for stack in stacks {
            for output in stack.outputs {
                if let name = output.exportName { exporters[NodeFormatter.compactJSON(name.node)] = stack.fileName }
            }
        }
        var result: [String: [String]] = [:]
        for stack in stacks {
            var imported = Set<String>()
            for name in stack.importedExportNames {
                let key = NodeFormatter.compactJSON(name)
                guard let exporter = exporters[key] else { throw .missingExport(stack: stack.fileName, export: key) }
                if exporter != stack.fileName { imported.insert(exporter) }
            }
            result[stack.fileName] = imported.sorted()
        }
        return result
    }

    /// Checks every stack: unique logical IDs, an order for its resources, and exports for its imports.
    ///
    /// - Throws: The first `InfraError` found.
    public func validate() throws(InfraError) {
        for stack in stacks {
            if let duplicate = stack.duplicateLogicalIDs.first {
                throw .duplicateLogicalID(stack: stack.fileName, logicalID: duplicate)
            }
            _ = try stack.deploymentLayers()
        }
        _ = try stackDependencies()
    }
}

extension Stack {
    /// The arguments of every `Fn::ImportValue` in the stack's resources.
    var importedExportNames: [Node] {
        var names: [Node] = []
        func visit(_ node: Node) {
            switch node.kind {
            case .sequence(let elements): elements.forEach(visit)
            case .mapping(let entries): entries.forEach { visit($0.value) }
            case .intrinsic(let call):
                if call.name == "Fn::ImportValue" { names.append(call.argument) } else { visit(call.argument) }
            default: break
            }
        }
        resources.forEach { visit($0.properties) }
        return names
    }
}
