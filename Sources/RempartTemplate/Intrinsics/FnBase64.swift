import Foundation
import RempartSupport

/// `Fn::Base64`: the Base64 encoding of a string, as CloudFormation passes it on (for `UserData`).
enum FnBase64: IntrinsicFunction {
    static let name = "Fn::Base64"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        let value = evaluator.evaluateRequired(argument)
        if value.containsUnknown { return value.dependentUnknown(at: location) }
        guard let text = value.knownText else {
            return evaluator.invalidCall(name, expected: LocalizedText("a string", fr: "une chaîne"), at: location)
        }
        return Node(.string(Data(text.utf8).base64EncodedString()), at: location)
    }
}
