import RempartAWS
import RempartModel

/// Reads the resources of every CloudFormation stack of the region, for drift matching.
enum StackCollector: LiveCollector {
    static func collect(_ reader: LiveReader) async -> CollectedResources {
        let cloudFormation = CloudFormation(client: reader.client)
        guard let stacks = await reader.read("cloudformation", "DescribeStacks", { try await cloudFormation.describeStacks() })
        else { return CollectedResources() }
        let perStack = await reader.map(stacks.map(\.name)) { name in
            let resources = await reader.read("cloudformation", "DescribeStackResources", resourceID: name) {
                try await cloudFormation.describeStackResources(name: name)
            }
            return (resources ?? []).compactMap { resource -> DriftDetector.StackResource? in
                guard let physicalID = resource.physicalID, !physicalID.isEmpty else { return nil }
                return DriftDetector.StackResource(
                    stackName: name, logicalID: resource.logicalID, physicalID: physicalID, type: resource.resourceType)
            }
        }
        var collected = CollectedResources()
        collected.stackResources = perStack.flatMap { $0 }
        return collected
    }
}
