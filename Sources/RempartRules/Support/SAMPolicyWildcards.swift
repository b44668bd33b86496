import RempartModel

/// Finds overly broad statements in the inline policies of SAM functions and state machines,
/// as trivy's deprecated checks did: an allowed action that contains `*`, or the resource `*`.
enum SAMPolicyWildcards {
    /// Returns whether one of `documents` allows a wildcard action or every resource.
    static func isBroad(_ documents: [PolicyDocument]) -> Bool {
        firstBroadStatement(documents) != nil
    }

    /// Returns the first allowing statement with a wildcard action or the resource `*`.
    static func firstBroadStatement(_ documents: [PolicyDocument]) -> PolicyStatement? {
        documents.lazy.flatMap(\.statements).first { statement in
            statement.isAllow
                && (statement.actions.values.contains { $0.contains("*") } || statement.resources.values.contains("*"))
        }
    }
}
