import RempartSupport
import RempartTemplate

extension Template {
    /// Returns the template reduced to what reports still read once it is evaluated: the `Parameters`
    /// section (for secrets in defaults), the logical IDs of `Resources` with their lines, and
    /// the comments.
    ///
    /// The unevaluated body of each resource is kept only when a comment may suppress
    /// something, because only comment directives look for the property or list item that
    /// contains a finding. A large scan thus frees most of the trees it read as soon as they are
    /// evaluated.
    func trimmedForReporting() -> Template {
        let keepsBodies = comments.contains { comment in
            let text = comment.text.lowercased()
            return text.contains("ignore:") || text.contains("checkov:skip=")
        }
        var entries: [Node.Entry] = []
        if let parameters = root.entries.first(where: { $0.key == "Parameters" }) { entries.append(parameters) }
        if let resources = root.entries.first(where: { $0.key == "Resources" }) {
            let kept = resources.value.entries.map { entry in
                keepsBodies
                    ? entry
                    : Node.Entry(
                        key: entry.key, keyLocation: entry.keyLocation, value: Node(.null, at: entry.value.location))
            }
            entries.append(
                Node.Entry(
                    key: resources.key, keyLocation: resources.keyLocation,
                    value: Node(.mapping(kept), at: resources.value.location)))
        }
        var trimmed = self
        trimmed.root = Node(.mapping(entries), at: root.location)
        return trimmed
    }
}
