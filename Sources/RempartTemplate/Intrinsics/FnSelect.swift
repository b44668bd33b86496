import RempartSupport

/// `Fn::Select`: one element of a list, by zero-based index.
///
/// The element keeps its own value even when other elements are unknown.
enum FnSelect: IntrinsicFunction {
    static let name = "Fn::Select"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        let expected = LocalizedText("[index, [values]]", fr: "[indice, [valeurs]]")
        guard case .sequence(let arguments) = argument.kind, arguments.count == 2 else {
            return evaluator.invalidCall(name, expected: expected, at: location)
        }
        let indexValue = evaluator.evaluateRequired(arguments[0])
        let list = evaluator.evaluateRequired(arguments[1])
        if indexValue.containsUnknown { return indexValue.dependentUnknown(at: location) }
        guard let index = indexValue.intValue else {
            return evaluator.invalidCall(name, expected: expected, at: location)
        }
        if case .unknown = list.kind { return list.dependentUnknown(at: location) }
        if case .reference = list.kind { return list.dependentUnknown(at: location) }
        guard case .sequence(let elements) = list.kind else {
            return evaluator.invalidCall(name, expected: expected, at: location)
        }
        guard elements.indices.contains(index) else {
            evaluator.report(outOfRange(index, count: elements.count, at: location))
            return .unknown(.unsupported("Fn::Select index \(index) out of range"), at: location)
        }
        return elements[index]
    }

    // MARK: - Messages

    private static func outOfRange(_ index: Int, count: Int, at location: SourceLocation) -> Diagnostic {
        let elements = LocalizedText.count(count, "element", fr: "élément")
        return Diagnostic(
            .error,
            LocalizedText(
                "Fn::Select index \(index) is out of range for a list of \(elements.english); indexes start at 0",
                fr: "l'indice \(index) de Fn::Select dépasse une liste de \(elements.french) ; les indices commencent "
                    + "à 0"),
            at: location
        )
    }
}
