import RempartSupport

/// `Fn::Equals`: whether two values are equal, compared as CloudFormation does, as strings.
enum FnEquals: IntrinsicFunction {
    static let name = "Fn::Equals"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        booleanNode(decide(argument, at: location, in: &evaluator), at: location)
    }

    /// Returns whether the two values are equal, or nil when one is unknown.
    static func decide(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Bool? {
        guard case .sequence(let values) = argument.kind, values.count == 2 else {
            _ = evaluator.invalidCall(
                name, expected: LocalizedText("[value1, value2]", fr: "[valeur1, valeur2]"), at: location)
            return nil
        }
        let first = evaluator.evaluateRequired(values[0])
        let second = evaluator.evaluateRequired(values[1])
        if first.containsUnknown || second.containsUnknown { return nil }
        if let firstText = first.knownText, let secondText = second.knownText { return firstText == secondText }
        return NodeFormatter.compactJSON(first) == NodeFormatter.compactJSON(second)
    }

    /// A boolean node, or an unknown one for an undecided condition.
    static func booleanNode(_ value: Bool?, at location: SourceLocation) -> Node {
        guard let value else { return .unknown(.dependsOnUnknown("a condition"), at: location) }
        return Node(.bool(value), at: location)
    }
}
