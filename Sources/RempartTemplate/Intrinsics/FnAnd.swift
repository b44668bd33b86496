import RempartSupport

/// `Fn::And`: true when every condition is true; one false condition decides, even next to unknowns.
enum FnAnd: IntrinsicFunction {
    static let name = "Fn::And"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        FnEquals.booleanNode(decide(argument, at: location, in: &evaluator), at: location)
    }

    /// Returns the conjunction in three-valued logic.
    static func decide(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Bool? {
        guard let values = evaluator.conditionOperands(argument, function: name, at: location) else { return nil }
        if values.contains(false) { return false }
        if values.contains(nil) { return nil }
        return true
    }
}
