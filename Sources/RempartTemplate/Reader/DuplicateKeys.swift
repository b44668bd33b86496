import RempartSupport

/// Removes repeated keys from a mapping, keeping the last value as CloudFormation does.
enum DuplicateKeys {
    /// Returns `entries` without duplicates; each removed key adds a warning to `diagnostics`.
    ///
    /// The surviving entry is the last one written, at its own position.
    static func removing(from entries: [Node.Entry], diagnostics: inout [Diagnostic]) -> [Node.Entry] {
        guard entries.count > 1, hasDuplicates(entries) else { return entries }

        var lastIndex: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            lastIndex[entry.key] = index
        }
        var result: [Node.Entry] = []
        result.reserveCapacity(lastIndex.count)
        for (index, entry) in entries.enumerated() {
            guard let last = lastIndex[entry.key], last != index else {
                result.append(entry)
                continue
            }
            diagnostics.append(duplicateKey(entry, replacedBy: entries[last]))
        }
        return result
    }

    private static func hasDuplicates(_ entries: [Node.Entry]) -> Bool {
        if entries.count <= 12 {
            for first in 0..<entries.count {
                for second in (first + 1)..<entries.count where entries[first].key == entries[second].key {
                    return true
                }
            }
            return false
        }
        var seen = Set<String>(minimumCapacity: entries.count)
        for entry in entries where !seen.insert(entry.key).inserted {
            return true
        }
        return false
    }

    // MARK: - Messages

    private static func duplicateKey(_ entry: Node.Entry, replacedBy last: Node.Entry) -> Diagnostic {
        let line = last.keyLocation.line
        return Diagnostic(
            .warning,
            LocalizedText(
                "duplicate key '\(entry.key)': the value at line \(line) replaces this one; remove one of them",
                fr:
                    "clé « \(entry.key) » en double : la valeur de la ligne \(line) remplace celle-ci ; supprimez l'une des deux"
            ),
            at: entry.keyLocation
        )
    }
}
