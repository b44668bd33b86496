/// Tells CloudFormation templates from other JSON and YAML files.
enum TemplateDetector {
    /// The type prefixes of CloudFormation resources (`AWS::Serverless::…` included).
    static let resourceTypePrefixes = ["AWS::", "Custom::", "Alexa::"]

    /// Returns whether `root` is a mapping whose `Resources` mapping declares at least one resource
    /// with a CloudFormation type.
    static func isTemplate(_ root: Node) -> Bool {
        guard let resources = root["Resources"], case .mapping(let entries) = resources.kind else { return false }
        return declaresResource(entries)
    }

    /// Returns whether the entries declare a resource, directly or inside an `Fn::ForEach` loop.
    private static func declaresResource(_ entries: [Node.Entry]) -> Bool {
        entries.contains { entry in
            if entry.key.hasPrefix("Fn::ForEach::") {
                guard let parts = entry.value.elements, parts.count == 3 else { return false }
                return declaresResource(parts[2].entries)
            }
            guard case .string(let type)? = entry.value["Type"]?.kind else { return false }
            return resourceTypePrefixes.contains { type.hasPrefix($0) }
        }
    }
}
