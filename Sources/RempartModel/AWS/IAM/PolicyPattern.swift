/// IAM's matching of actions and resources: case-insensitive for actions, with `*` standing
/// for any run of characters and `?` for one character.
public enum PolicyPattern {
    /// Returns whether `pattern` (from a policy) matches `value`, ignoring case.
    ///
    /// Used to ask whether a statement grants an action: `s3:Get*` matches `s3:GetObject`.
    public static func matches(pattern: String, value: String) -> Bool {
        let pattern = Array(pattern.lowercased())
        let value = Array(value.lowercased())

        // Iterative wildcard matching with backtracking to the last `*`.
        var patternIndex = 0
        var valueIndex = 0
        var starIndex: Int?
        var starValueIndex = 0
        while valueIndex < value.count {
            if patternIndex < pattern.count, pattern[patternIndex] == "?" || pattern[patternIndex] == value[valueIndex] {
                patternIndex += 1
                valueIndex += 1
            } else if patternIndex < pattern.count, pattern[patternIndex] == "*" {
                starIndex = patternIndex
                starValueIndex = valueIndex
                patternIndex += 1
            } else if let star = starIndex {
                patternIndex = star + 1
                starValueIndex += 1
                valueIndex = starValueIndex
            } else {
                return false
            }
        }
        while patternIndex < pattern.count, pattern[patternIndex] == "*" {
            patternIndex += 1
        }
        return patternIndex == pattern.count
    }
}
