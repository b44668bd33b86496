import RempartSupport

/// `Fn::If`: one of two values, chosen by a condition of the `Conditions` section.
///
/// When the condition is unknown, the value is known only if both branches agree.
enum FnIf: IntrinsicFunction {
    static let name = "Fn::If"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        guard case .sequence(let arguments) = argument.kind, arguments.count == 3,
            case .string(let conditionName) = arguments[0].kind
        else {
            return evaluator.invalidCall(
                name,
                expected: LocalizedText(
                    "[ConditionName, valueIfTrue, valueIfFalse]", fr: "[NomCondition, valeurSiVrai, valeurSiFaux]"),
                at: location)
        }
        switch evaluator.condition(named: conditionName, at: arguments[0].location) {
        case true?:
            return evaluator.evaluate(arguments[1])
        case false?:
            return evaluator.evaluate(arguments[2])
        case nil:
            let whenTrue = evaluator.evaluate(arguments[1])
            let whenFalse = evaluator.evaluate(arguments[2])
            switch (whenTrue, whenFalse) {
            case (nil, nil):
                return nil
            case (let first?, let second?) where NodeFormatter.compactJSON(first) == NodeFormatter.compactJSON(second):
                return first
            default:
                return .unknown(.dependsOnUnknown("condition '\(conditionName)'"), at: location)
            }
        }
    }
}
