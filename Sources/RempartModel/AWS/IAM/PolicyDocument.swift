/// An IAM policy document: the JSON of identity policies, trust policies, bucket policies,
/// key policies and queue or topic policies.
///
/// CloudFormation accepts a single statement object or a list of statements, and a string or
/// a list of strings for `Action`, `Resource` and principal values; the adapter reads both
/// forms into the lists below. Values that cannot be resolved before deployment are kept as
/// unresolved entries, so a rule can tell "no wildcard" from "cannot know".
public struct PolicyDocument: Hashable, Sendable {
    /// The `Version` string, such as `2012-10-17`, when present.
    public var version: String?
    /// The statements, in document order.
    public var statements: [PolicyStatement]
    /// Where the document starts.
    public var origin: Origin

    /// Creates a document.
    public init(version: String? = nil, statements: [PolicyStatement], origin: Origin) {
        self.version = version
        self.statements = statements
        self.origin = origin
    }

    /// The statements whose effect is `Allow`.
    public var allowStatements: [PolicyStatement] { statements.filter(\.isAllow) }

    /// The statements whose effect is `Deny`.
    public var denyStatements: [PolicyStatement] { statements.filter(\.isDeny) }
}
