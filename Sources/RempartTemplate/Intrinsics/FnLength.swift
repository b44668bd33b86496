import RempartSupport

/// `Fn::Length`: the number of elements of a list (from the `AWS::LanguageExtensions` transform).
enum FnLength: IntrinsicFunction {
    static let name = "Fn::Length"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        let list = evaluator.evaluateRequired(argument)
        switch list.kind {
        case .sequence(let elements):
            return Node(.number(String(elements.count)), at: location)
        case .unknown, .reference:
            return list.dependentUnknown(at: location)
        default:
            return evaluator.invalidCall(name, expected: LocalizedText("a list", fr: "une liste"), at: location)
        }
    }
}
