import RempartModel
import RempartSupport

/// The verdict of one rule on one resource, or on one part of it (a security group rule).
public struct CheckResult: Sendable {
    /// Passed, failed, or undecided because a value could not be known.
    public enum Status: Hashable, Sendable {
        case passed
        case failed
        case unknown(reason: String)
    }

    /// The ID of the rule that produced this result.
    public var ruleID: String
    /// The resource the verdict is about.
    public var resource: ResourceAddress
    public var status: Status
    /// Where the finding points: the offending value, or the resource for a defaulted one.
    public var origin: Origin
    /// A detail that says what exactly is wrong (`port 22 open to 0.0.0.0/0`), when useful.
    public var detail: LocalizedText?

    public init(
        ruleID: String, resource: ResourceAddress, status: Status, origin: Origin, detail: LocalizedText? = nil
    ) {
        self.ruleID = ruleID
        self.resource = resource
        self.status = status
        self.origin = origin
        self.detail = detail
    }

    /// The template location of the finding, when it has one.
    public var location: SourceLocation? { origin.sourceLocation }

    /// Whether the rule failed.
    public var isFailure: Bool { status == .failed }
}
