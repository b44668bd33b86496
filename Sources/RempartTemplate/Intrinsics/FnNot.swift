import RempartSupport

/// `Fn::Not`: the negation of a condition; unknown stays unknown.
enum FnNot: IntrinsicFunction {
    static let name = "Fn::Not"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        FnEquals.booleanNode(decide(argument, at: location, in: &evaluator), at: location)
    }

    /// Returns the negated condition, or nil when it is unknown.
    static func decide(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Bool? {
        guard case .sequence(let operands) = argument.kind, operands.count == 1 else {
            _ = evaluator.invalidCall(name, expected: LocalizedText("[condition]", fr: "[condition]"), at: location)
            return nil
        }
        return evaluator.conditionValue(of: operands[0]).map { !$0 }
    }
}
