import RempartSupport

/// `Fn::Join`: the elements of a list joined with a delimiter.
enum FnJoin: IntrinsicFunction {
    static let name = "Fn::Join"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        let expected = LocalizedText("[delimiter, [values]]", fr: "[délimiteur, [valeurs]]")
        guard case .sequence(let arguments) = argument.kind, arguments.count == 2 else {
            return evaluator.invalidCall(name, expected: expected, at: location)
        }
        let delimiterValue = evaluator.evaluateRequired(arguments[0])
        let list = evaluator.evaluateRequired(arguments[1])
        if delimiterValue.containsUnknown { return delimiterValue.dependentUnknown(at: location) }
        guard let delimiter = delimiterValue.knownText else {
            return evaluator.invalidCall(name, expected: expected, at: location)
        }
        if case .unknown = list.kind { return list.dependentUnknown(at: location) }
        guard case .sequence(let elements) = list.kind else {
            return evaluator.invalidCall(name, expected: expected, at: location)
        }

        var parts: [String] = []
        parts.reserveCapacity(elements.count)
        for element in elements {
            if element.containsUnknown { return element.dependentUnknown(at: location) }
            guard let text = element.knownText else {
                return evaluator.invalidCall(name, expected: expected, at: location)
            }
            parts.append(text)
        }
        return Node(.string(parts.joined(separator: delimiter)), at: location)
    }
}
