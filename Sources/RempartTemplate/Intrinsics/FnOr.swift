import RempartSupport

/// `Fn::Or`: true when any condition is true; one true condition decides, even next to unknowns.
enum FnOr: IntrinsicFunction {
    static let name = "Fn::Or"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        FnEquals.booleanNode(decide(argument, at: location, in: &evaluator), at: location)
    }

    /// Returns the disjunction in three-valued logic.
    static func decide(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Bool? {
        guard let values = evaluator.conditionOperands(argument, function: name, at: location) else { return nil }
        if values.contains(true) { return true }
        if values.contains(nil) { return nil }
        return false
    }
}
