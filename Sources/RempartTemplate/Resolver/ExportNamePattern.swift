import RempartSupport

/// An export name that depends on parameters without a value or on the stack name, such as
/// `${EnvironmentName}-VPCID` or `${AWS::StackName}-VpcId`.
///
/// Stacks split across templates usually prefix their export names with a parameter that the
/// importing template sets too. When the exporting template gets no value for it, the name is
/// unknown, but an import such as `polystudent-VPCID` can still match it. A match binds each
/// parameter to one text and is used only when exactly one export pattern matches.
struct ExportNamePattern: Sendable {
    /// A piece of the name.
    enum Segment: Sendable, Equatable {
        case literal(String)
        /// A parameter without value or `AWS::StackName`, which matches any non-empty text.
        case parameter(String)
    }

    /// The pieces of the name in order.
    var segments: [Segment]
    /// The exported value.
    var value: Node
    /// The location of the `Export.Name` value.
    var location: SourceLocation

    /// The name as written, with parameters as `${Name}`.
    var text: String {
        segments.map { segment in
            switch segment {
            case .literal(let text): text
            case .parameter(let name): "${\(name)}"
            }
        }.joined()
    }

    /// Returns the parameter values under which `name` matches the pattern, or nil.
    func bindings(for name: String) -> [String: String]? {
        // Most patterns fail on their first or last literal; checking those first spares the
        // search below, which tries every split of the name.
        if case .literal(let first)? = segments.first, !name.hasPrefix(first) { return nil }
        if case .literal(let last)? = segments.last, !name.hasSuffix(last) { return nil }
        return match(segmentIndex: 0, rest: Substring(name), bindings: [:])
    }

    private func match(segmentIndex: Int, rest: Substring, bindings: [String: String]) -> [String: String]? {
        guard segmentIndex < segments.count else { return rest.isEmpty ? bindings : nil }
        switch segments[segmentIndex] {
        case .literal(let text):
            guard rest.hasPrefix(text) else { return nil }
            return match(segmentIndex: segmentIndex + 1, rest: rest.dropFirst(text.count), bindings: bindings)
        case .parameter(let name):
            if let bound = bindings[name] {
                guard rest.hasPrefix(bound) else { return nil }
                return match(segmentIndex: segmentIndex + 1, rest: rest.dropFirst(bound.count), bindings: bindings)
            }
            var end = rest.startIndex
            while end < rest.endIndex {
                end = rest.index(after: end)
                var extended = bindings
                extended[name] = String(rest[rest.startIndex..<end])
                if let result = match(segmentIndex: segmentIndex + 1, rest: rest[end...], bindings: extended) {
                    return result
                }
            }
            return nil
        }
    }
}
