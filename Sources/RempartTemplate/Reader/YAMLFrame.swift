import RempartSupport

/// An open sequence or mapping while `YAMLParser` reads its events.
struct YAMLFrame {
    /// Whether the collection is a sequence or a mapping.
    enum Kind {
        case sequence
        case mapping
    }

    /// A finished node with the number of nodes it expands to, for the alias bound.
    struct Completed {
        var node: Node
        /// The node count of the whole subtree, aliases expanded.
        var size: Int
        /// The text used when the node is a mapping key: the scalar as written. It is only
        /// filled when the node completes a key, and empty otherwise.
        var keyText: String
        /// Whether the node is the plain scalar `<<`.
        var isMergeKey: Bool
    }

    /// Whether the collection is a sequence or a mapping.
    var kind: Kind
    /// The position of the collection's first character or tag.
    var location: SourceLocation
    /// The tag as libyaml reports it (`!If`, `tag:yaml.org,2002:map`), or nil.
    var tag: String?
    /// The anchor name that aliases use to repeat the collection, or nil.
    var anchor: String?
    /// The node count of the collection so far, itself included.
    var size = 1
    private var elements: [Node] = []
    private var entries: [Node.Entry] = []
    private var pendingKey: Completed?
    /// Merge sources with the number of explicit entries written before them.
    private var merges: [(position: Int, source: Node)] = []

    /// Creates an empty collection opened at `location`.
    init(kind: Kind, location: SourceLocation, tag: String?, anchor: String?) {
        self.kind = kind
        self.location = location
        self.tag = tag
        self.anchor = anchor
    }

    /// Whether the next node completes a key of this mapping.
    var isExpectingKey: Bool { kind == .mapping && pendingKey == nil }

    /// Adds an element, a key or a value.
    mutating func add(_ completed: Completed) {
        size += completed.size
        switch kind {
        case .sequence:
            elements.append(completed.node)
        case .mapping:
            guard let key = pendingKey else {
                pendingKey = completed
                return
            }
            pendingKey = nil
            if key.isMergeKey {
                merges.append((entries.count, completed.node))
            } else {
                entries.append(Node.Entry(key: key.keyText, keyLocation: key.node.location, value: completed.node))
            }
        }
    }

    /// Returns the finished node: merges applied, duplicates removed, short tags and long-form
    /// intrinsics turned into calls.
    mutating func finish(diagnostics: inout [Diagnostic]) -> Node {
        let collection: Node
        switch kind {
        case .sequence:
            collection = Node(.sequence(elements), at: location)
        case .mapping:
            if let key = pendingKey {
                // A key without a value cannot come from libyaml, which emits an empty scalar.
                entries.append(
                    Node.Entry(
                        key: key.keyText, keyLocation: key.node.location, value: Node(.null, at: key.node.location)))
            }
            var result = DuplicateKeys.removing(from: entries, diagnostics: &diagnostics)
            if !merges.isEmpty {
                result = merged(result, diagnostics: &diagnostics)
            }
            // A tagged long-form call (`!GetAZs {Ref: AWS::Region}`) is the argument of the tag.
            collection = LongFormIntrinsic.recognize(result, at: location) ?? Node(.mapping(result), at: location)
        }
        return tagged(collection, diagnostics: &diagnostics)
    }

    /// Inserts the entries of merged mappings whose keys are not written explicitly.
    ///
    /// With a list of mappings (`<<: [*a, *b]`), the first mapping that has a key wins, as the
    /// YAML 1.1 merge key type defines.
    private func merged(_ explicit: [Node.Entry], diagnostics: inout [Diagnostic]) -> [Node.Entry] {
        var presentKeys = Set(explicit.map(\.key))
        var result: [Node.Entry] = []
        var nextExplicit = 0
        for merge in merges {
            while nextExplicit < merge.position, nextExplicit < explicit.count {
                result.append(explicit[nextExplicit])
                nextExplicit += 1
            }
            let sources: [Node]
            if case .sequence(let list) = merge.source.kind { sources = list } else { sources = [merge.source] }
            for source in sources {
                guard case .mapping(let sourceEntries) = source.kind else {
                    diagnostics.append(YAMLProblem.invalidMergeSource(at: source.location))
                    continue
                }
                for entry in sourceEntries where presentKeys.insert(entry.key).inserted {
                    result.append(entry)
                }
            }
        }
        result.append(contentsOf: explicit[min(nextExplicit, explicit.count)...])
        return result
    }

    private func tagged(_ collection: Node, diagnostics: inout [Diagnostic]) -> Node {
        guard let tag else { return collection }
        if let longName = ShortTag.longName(forTag: tag) {
            return ShortTag.call(longName, argument: collection, at: location, isPlainScalar: false)
        }
        switch tag {
        case "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "tag:yaml.org,2002:omap", "!":
            return collection
        default:
            diagnostics.append(YAMLProblem.unknownTag(tag, at: location))
            return collection
        }
    }
}
