/// Tells CloudFormation templates from other JSON and YAML files.
enum TemplateDetector {
    /// The type prefixes of CloudFormation resources (`AWS::Serverless::…` included).
    static let resourceTypePrefixes = ["AWS::", "Custom::", "Alexa::"]

    /// Whether `root` is a mapping whose `Resources` mapping declares at least one resource
    /// with a CloudFormation type.
    static func isTemplate(_ root: Node) -> Bool {
        guard let resources = root["Resources"], case .mapping(let entries) = resources.kind else { return false }
        return entries.contains { entry in
            guard case .string(let type)? = entry.value["Type"]?.kind else { return false }
            return resourceTypePrefixes.contains { type.hasPrefix($0) }
        }
    }
}
