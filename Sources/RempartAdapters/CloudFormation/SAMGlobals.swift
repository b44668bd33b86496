import RempartSupport
import RempartTemplate

/// Merges the `Globals` section of an AWS SAM template into its serverless resources, as the
/// `AWS::Serverless-2016-10-31` transform does before deployment.
///
/// It runs on the template as read, before evaluation, so intrinsic functions written in
/// `Globals` are evaluated with the resource. Merging follows the SAM specification
/// (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html):
/// a scalar or an intrinsic function set on the resource replaces the global one, mappings
/// are merged key by key (recursively), and lists are concatenated, global entries first.
/// Merged values keep their own source location, so a finding on a global value points at
/// the `Globals` section. Templates without the SAM transform are returned unchanged.
///
/// NOTE: resources that `Fn::ForEach` generates appear only during evaluation, after this
/// pass, so they do not receive `Globals`.
public enum SAMGlobals {
    /// The `Globals` sections and the resource type each applies to.
    static let sections: [String: String] = [
        "Api": "AWS::Serverless::Api",
        "Function": "AWS::Serverless::Function",
        "HttpApi": "AWS::Serverless::HttpApi",
        "LayerVersion": "AWS::Serverless::LayerVersion",
        "SimpleTable": "AWS::Serverless::SimpleTable",
        "StateMachine": "AWS::Serverless::StateMachine",
    ]

    /// The transform that declares a SAM template.
    static let transform = "AWS::Serverless-2016-10-31"

    /// Returns `template` with its `Globals` merged into the matching resources.
    public static func apply(to template: Template) -> Template {
        guard usesSAMTransform(template.root), let globals = template.root["Globals"],
            let resources = template.root.entry("Resources")
        else { return template }

        // Merge each resource's Properties with the section of its type.
        let merged = resources.value.entries.map { entry -> Node.Entry in
            guard let type = entry.value["Type"]?.scalarText,
                let section = sections.first(where: { $0.value == type })?.key,
                let global = globals[section], case .mapping = global.kind
            else { return entry }
            var resource = entry
            resource.value = replacing("Properties", in: entry.value) { properties in
                guard let properties else { return global }
                return merge(global: global, local: properties)
            }
            return resource
        }

        var result = template
        result.root = replacing("Resources", in: template.root) { _ in
            Node(.mapping(merged), at: resources.value.location)
        }
        return result
    }

    /// Returns whether `Transform` names the SAM transform, alone or in a list.
    static func usesSAMTransform(_ root: Node) -> Bool {
        guard let transform = root["Transform"] else { return false }
        let names = transform.elements ?? [transform]
        return names.contains { $0.scalarText == Self.transform }
    }

    /// Merges a global value with the resource's own value.
    static func merge(global: Node, local: Node) -> Node {
        switch (global.kind, local.kind) {
        case (.mapping(let globalEntries), .mapping(let localEntries)):
            var entries = globalEntries
            for entry in localEntries {
                if let index = entries.firstIndex(where: { $0.key == entry.key }) {
                    entries[index] = Node.Entry(
                        key: entry.key, keyLocation: entry.keyLocation,
                        value: merge(global: entries[index].value, local: entry.value))
                } else {
                    entries.append(entry)
                }
            }
            return Node(.mapping(entries), at: local.location)
        case (.sequence(let globalElements), .sequence(let localElements)):
            return Node(.sequence(globalElements + localElements), at: local.location)
        default:
            return local
        }
    }

    /// Returns `node` with the value of `key` replaced by `transform`'s result, adding the key
    /// at the end when it is missing.
    private static func replacing(_ key: String, in node: Node, _ transform: (Node?) -> Node) -> Node {
        var entries = node.entries
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = transform(entries[index].value)
        } else {
            entries.append(Node.Entry(key: key, keyLocation: node.location, value: transform(nil)))
        }
        return Node(.mapping(entries), at: node.location)
    }
}
