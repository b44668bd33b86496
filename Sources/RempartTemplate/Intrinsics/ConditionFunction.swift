import RempartSupport

/// `Condition`: the value of a named condition, used inside other conditions.
enum ConditionFunction: IntrinsicFunction {
    static let name = "Condition"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        guard case .string(let conditionName) = argument.kind else {
            return evaluator.invalidCall(
                name, expected: LocalizedText("a condition name", fr: "un nom de condition"), at: location)
        }
        return FnEquals.booleanNode(evaluator.condition(named: conditionName, at: location), at: location)
    }
}
