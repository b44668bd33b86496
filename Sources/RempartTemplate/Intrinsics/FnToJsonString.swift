import RempartSupport

/// `Fn::ToJsonString`: an object or list as compact JSON text (from `AWS::LanguageExtensions`).
enum FnToJsonString: IntrinsicFunction {
    static let name = "Fn::ToJsonString"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        let value = evaluator.evaluateRequired(argument)
        if value.containsUnknown { return value.dependentUnknown(at: location) }
        switch value.kind {
        case .mapping, .sequence:
            return Node(.string(NodeFormatter.compactJSON(value)), at: location)
        default:
            return evaluator.invalidCall(
                name, expected: LocalizedText("an object or a list", fr: "un objet ou une liste"), at: location)
        }
    }
}
