/// Suggests the closest known name for a misspelled one, as `git` does.
public enum EditDistance {
    /// Returns the edit distance between `a` and `b`: insertions, deletions, substitutions and
    /// transpositions of adjacent characters each count 1 (optimal string alignment).
    public static func distance(_ a: String, _ b: String) -> Int {
        let source = Array(a)
        let target = Array(b)
        guard !source.isEmpty else { return target.count }
        guard !target.isEmpty else { return source.count }

        // Three rows of the dynamic-programming table: a transposition looks two rows back.
        var beforePrevious = Array(repeating: 0, count: target.count + 1)
        var previous = Array(0...target.count)
        var current = Array(repeating: 0, count: target.count + 1)
        for i in 1...source.count {
            current[0] = i
            for j in 1...target.count {
                let cost = source[i - 1] == target[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[target.count]
    }

    /// Returns the candidate closest to `name`, when it is close enough to be a likely typo.
    ///
    /// A candidate qualifies within a distance of one third of its length (at least 1). When
    /// none does, a candidate qualifies if `name` (3 characters or more) is a prefix of it and
    /// of no other. Ties keep the first candidate.
    public static func suggestion(for name: String, among candidates: [String]) -> String? {
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = self.distance(name, candidate)
            let limit = max(1, candidate.count / 3)
            guard distance <= limit else { continue }
            if best == nil || distance < best?.distance ?? .max {
                best = (candidate, distance)
            }
        }
        if let best { return best.candidate }
        let prefixed = candidates.filter { $0.hasPrefix(name) && name.count >= 3 }
        return prefixed.count == 1 ? prefixed.first : nil
    }
}
