import RempartModel
import RempartSupport

/// Collects the verdicts of one rule, so rule bodies read as pass / fail / unknown steps.
///
/// Each verdict is made by `Verdict`, the one place that builds check results.
struct ResultBuilder {
    /// The rule the verdicts belong to.
    let ruleID: String
    /// The verdicts so far, in evaluation order.
    private(set) var results: [CheckResult] = []

    /// Creates a builder for the rule with `ruleID`.
    init(_ ruleID: String) {
        self.ruleID = ruleID
    }

    /// Records that `resource` passed.
    mutating func pass(_ resource: ResourceAddress, at origin: Origin? = nil) {
        results.append(Verdict(ruleID, resource).passed(at: origin ?? resource.origin))
    }

    /// Records a failure of `resource`, pointing at `origin`.
    mutating func fail(_ resource: ResourceAddress, at origin: Origin, detail: LocalizedText? = nil) {
        results.append(Verdict(ruleID, resource).failed(at: origin, detail: detail))
    }

    /// Records that the rule cannot decide on `resource`.
    mutating func unknown(_ resource: ResourceAddress, reason: String, at origin: Origin) {
        results.append(Verdict(ruleID, resource).unknown(reason, at: origin))
    }

    /// Records the verdict of a tri-state `decision` about whether `resource` is compliant.
    mutating func record(_ decision: Decision, for resource: ResourceAddress, at origin: Origin, detail: LocalizedText? = nil) {
        switch decision {
        case .yes: pass(resource, at: origin)
        case .no: fail(resource, at: origin, detail: detail)
        case .unknown(let reason): unknown(resource, reason: reason, at: origin)
        }
    }
}
