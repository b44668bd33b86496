import RempartModel
import RempartSupport

/// A check of one attribute of every resource of a type: known and compliant passes, known
/// and not compliant fails at the value (or at the resource when defaulted), unknown is unknown.
///
/// Rules that test a single property are written with it, so they share one evaluation.
struct AttributeCheck<Resource: AWSResource, Value: Sendable> {
    /// The attribute read.
    let attribute: KeyPath<Resource, Resolved<Value>>
    /// Whether a known value complies with the rule.
    let isCompliant: (Value) -> Bool
    /// The failure detail for a known value, when useful.
    var detail: ((Value) -> LocalizedText)?

    /// Creates a check of `attribute`.
    init(
        _ attribute: KeyPath<Resource, Resolved<Value>>, detail: ((Value) -> LocalizedText)? = nil,
        isCompliant: @escaping (Value) -> Bool
    ) {
        self.attribute = attribute
        self.isCompliant = isCompliant
        self.detail = detail
    }

    /// Returns one verdict per resource of the type in `state`.
    func evaluate(_ state: AWSState, ruleID: String) -> [CheckResult] {
        var results = ResultBuilder(ruleID)
        for resource in state.all(Resource.self) {
            let value = resource[keyPath: attribute]
            switch value.state {
            case .known(let known) where isCompliant(known):
                results.pass(resource.address, at: value.origin)
            case .known(let known):
                results.fail(resource.address, at: value.origin, detail: detail?(known))
            case .unknown(let reason):
                results.unknown(resource.address, reason: reason, at: value.origin)
            }
        }
        return results.results
    }
}
