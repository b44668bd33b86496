import RempartSupport
import RempartTemplate

/// The path of a property inside a resource's `Properties`, such as `SecurityGroupIngress[0].CidrIp`.
///
/// Findings name the offending value by its place in the file; this path names it by its place
/// in the resource, which stays the same when lines are inserted above it, so reports can give
/// findings an identity that survives edits (SARIF's `partialFingerprints`).
enum PropertyPath {
    /// Returns the path of the value or key at `location` in `properties`, `""` when `location`
    /// is not inside them (a finding on the resource itself), or nil when no value starts there.
    static func find(_ location: SourceLocation, in properties: Node) -> String? {
        search(properties, for: location, path: "")
    }

    private static func search(_ node: Node, for location: SourceLocation, path: String) -> String? {
        if node.location == location { return path }
        switch node.kind {
        case .mapping(let entries):
            for entry in entries {
                let child = path.isEmpty ? entry.key : "\(path).\(entry.key)"
                if entry.keyLocation == location { return child }
                if let found = search(entry.value, for: location, path: child) { return found }
            }
        case .sequence(let elements):
            for (index, element) in elements.enumerated() {
                if let found = search(element, for: location, path: "\(path)[\(index)]") { return found }
            }
        default:
            break
        }
        return nil
    }
}
