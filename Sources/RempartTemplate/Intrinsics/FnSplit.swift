import Foundation
import RempartSupport

/// `Fn::Split`: a string cut at each occurrence of a delimiter.
enum FnSplit: IntrinsicFunction {
    static let name = "Fn::Split"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        let expected = LocalizedText("[delimiter, string]", fr: "[délimiteur, chaîne]")
        guard case .sequence(let arguments) = argument.kind, arguments.count == 2 else {
            return evaluator.invalidCall(name, expected: expected, at: location)
        }
        let delimiterValue = evaluator.evaluateRequired(arguments[0])
        let source = evaluator.evaluateRequired(arguments[1])
        if delimiterValue.containsUnknown { return delimiterValue.dependentUnknown(at: location) }
        if source.containsUnknown { return source.dependentUnknown(at: location) }
        guard let delimiter = delimiterValue.knownText, !delimiter.isEmpty, let text = source.knownText else {
            return evaluator.invalidCall(name, expected: expected, at: location)
        }
        let parts = text.components(separatedBy: delimiter).map { Node(.string($0), at: location) }
        return Node(.sequence(parts), at: location)
    }
}
