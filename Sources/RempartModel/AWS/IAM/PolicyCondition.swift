/// One key of a statement's `Condition` block, under its operator:
/// `{"Bool": {"aws:SecureTransport": "false"}}` gives operator `Bool`, key `aws:SecureTransport`.
public struct PolicyCondition: Hashable, Sendable {
    /// The condition operator, such as `StringEquals` or `ArnLike`, as written.
    public var `operator`: String
    /// The condition key, such as `aws:SourceArn`, as written.
    public var key: String
    /// The values compared with the key.
    public var values: PolicyValueList

    /// Creates a condition.
    public init(operator: String, key: String, values: PolicyValueList) {
        self.operator = `operator`
        self.key = key
        self.values = values
    }
}
