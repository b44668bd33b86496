import RempartModel

/// What a rule concludes about one policy document.
enum PolicyVerdict {
    /// Nothing the rule forbids.
    case compliant
    /// A forbidden grant, at the statement or value that makes it.
    case violation(Origin)
    /// A part the rule needs could not be resolved.
    case unknown(String, Origin)

    /// Combines the verdicts of a resource's documents: any violation fails, else any unknown
    /// leaves the resource undecided.
    static func combine(_ verdicts: [PolicyVerdict]) -> PolicyVerdict {
        for case .violation(let origin) in verdicts { return .violation(origin) }
        for case .unknown(let reason, let origin) in verdicts { return .unknown(reason, origin) }
        return .compliant
    }

    /// Evaluates `check` on every statement of a document, unless the document itself is unknown.
    static func of(
        _ document: Resolved<PolicyDocument?>, _ check: (PolicyDocument) -> PolicyVerdict
    ) -> PolicyVerdict {
        switch document.state {
        case .unknown(let reason): .unknown(reason, document.origin)
        case .known(nil): .compliant
        case .known(.some(let document)): check(document)
        }
    }
}
