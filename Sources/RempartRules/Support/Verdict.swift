import RempartModel
import RempartSupport

/// Builds check results from resolved attributes, so that a rule states only its condition.
///
/// An unresolved attribute always gives `.unknown`, whatever the condition, and a result
/// points at the attribute's origin: the value when it was set, the resource when it was
/// defaulted.
public struct Verdict: Sendable {
    /// The rule that produces the results.
    public var ruleID: String
    /// The resource the results are about.
    public var resource: ResourceAddress

    /// Creates a builder for `ruleID` on `resource`.
    public init(_ ruleID: String, _ resource: ResourceAddress) {
        self.ruleID = ruleID
        self.resource = resource
    }

    /// Passes when `condition` holds for the known value, fails when it does not, and is
    /// unknown when the value is unresolved.
    public func require<Value>(
        _ value: Resolved<Value>, detail: LocalizedText? = nil, _ condition: (Value) -> Bool
    ) -> CheckResult {
        switch value.state {
        case .unknown(let reason):
            return unknown(reason, at: value.origin)
        case .known(let known):
            return condition(known) ? passed(at: value.origin) : failed(at: value.origin, detail: detail)
        }
    }

    /// Requires a boolean attribute to be true.
    public func requireTrue(_ value: Resolved<Bool>, detail: LocalizedText? = nil) -> CheckResult {
        require(value, detail: detail) { $0 }
    }

    /// Requires an optional identifier (a key, a subnet group) to be set and not empty.
    public func requireSet(_ value: Resolved<Identifier?>, detail: LocalizedText? = nil) -> CheckResult {
        require(value, detail: detail) { identifier in
            guard let identifier else { return false }
            return !identifier.isEmpty
        }
    }

    /// Requires an optional string to be set and not empty.
    public func requireSet(_ value: Resolved<String?>, detail: LocalizedText? = nil) -> CheckResult {
        require(value, detail: detail) { !($0 ?? "").isEmpty }
    }

    /// Returns a passing result at `origin`.
    public func passed(at origin: Origin) -> CheckResult {
        CheckResult(ruleID: ruleID, resource: resource, status: .passed, origin: origin)
    }

    /// Returns a failing result at `origin`.
    public func failed(at origin: Origin, detail: LocalizedText? = nil) -> CheckResult {
        CheckResult(ruleID: ruleID, resource: resource, status: .failed, origin: origin, detail: detail)
    }

    /// Returns an undecided result at `origin`.
    public func unknown(_ reason: String, at origin: Origin) -> CheckResult {
        CheckResult(ruleID: ruleID, resource: resource, status: .unknown(reason: reason), origin: origin)
    }

    /// Combines the results of several parts of one resource into one result: the first
    /// failure, else the first unknown, else a pass at the resource.
    public func combine(_ results: [CheckResult]) -> CheckResult {
        if let failure = results.first(where: { $0.status == .failed }) { return failure }
        if let unknown = results.first(where: { if case .unknown = $0.status { true } else { false } }) {
            return unknown
        }
        return results.first ?? passed(at: resource.origin)
    }
}

extension CheckResult {
    /// Continues with `next` when this result passed, and keeps a failure or an unknown.
    public func then(_ next: () -> CheckResult) -> CheckResult {
        status == .passed ? next() : self
    }
}

extension CheckResult {
    /// Continues with `next` when this result failed, and keeps a pass or an unknown.
    public func orElse(_ next: () -> CheckResult) -> CheckResult {
        status == .failed ? next() : self
    }

    /// Returns this result pointing at `origin` instead, when it failed.
    func pointing(at origin: Origin) -> CheckResult {
        guard status == .failed else { return self }
        var result = self
        result.origin = origin
        return result
    }
}
