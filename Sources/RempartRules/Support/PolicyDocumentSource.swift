import RempartModel

/// The IAM identity policies of the state, grouped by the resource that declares them.
///
/// A standalone `AWS::IAM::Policy` or `AWS::IAM::ManagedPolicy` has one document; a role,
/// user or group has one per inline policy (`Policies`). Rules that inspect what identities
/// may do walk this list so that every place a policy can be written is checked.
struct PolicyDocumentSource {
    /// The resource that declares the documents.
    let resource: ResourceAddress
    /// The documents, in declaration order.
    let documents: [Resolved<PolicyDocument?>]

    /// Returns the sources of `state`: policies first, then roles, users and groups.
    static func all(in state: AWSState, kinds: Set<Kind> = Set(Kind.allCases)) -> [PolicyDocumentSource] {
        var sources: [PolicyDocumentSource] = []
        if kinds.contains(.policy) {
            sources += state.all(IAMPolicy.self).map { PolicyDocumentSource(resource: $0.address, documents: [$0.document]) }
        }
        if kinds.contains(.role) {
            sources += state.all(IAMRole.self).map { inline($0.address, $0.inlinePolicies) }
        }
        if kinds.contains(.user) {
            sources += state.all(IAMUser.self).map { inline($0.address, $0.inlinePolicies) }
        }
        if kinds.contains(.group) {
            sources += state.all(IAMGroup.self).map { inline($0.address, $0.inlinePolicies) }
        }
        return sources
    }

    /// The kinds of resources that hold identity policies.
    enum Kind: CaseIterable {
        case policy, role, user, group
    }

    /// Returns one verdict per source, combining its documents with `check`.
    static func evaluate(
        _ state: AWSState, ruleID: String, kinds: Set<Kind> = Set(Kind.allCases),
        check: (PolicyDocument) -> PolicyVerdict
    ) -> [CheckResult] {
        var results = ResultBuilder(ruleID)
        for source in all(in: state, kinds: kinds) {
            let verdict = PolicyVerdict.combine(source.documents.map { PolicyVerdict.of($0, check) })
            switch verdict {
            case .compliant: results.pass(source.resource)
            case .violation(let origin): results.fail(source.resource, at: origin)
            case .unknown(let reason, let origin): results.unknown(source.resource, reason: reason, at: origin)
            }
        }
        return results.results
    }

    private static func inline(_ address: ResourceAddress, _ policies: [IAMInlinePolicy]) -> PolicyDocumentSource {
        PolicyDocumentSource(resource: address, documents: policies.map { $0.document.map { Optional($0) } })
    }
}
