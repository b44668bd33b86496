import RempartSupport

/// `Fn::Sub`: a string with `${Name}` and `${Resource.Attribute}` replaced.
///
/// `${!Text}` is written out as `${Text}`. Names come first from the optional variable map,
/// then from parameters, pseudo parameters and resources. The result is unknown as soon as
/// one part is unknown: a partial string would be a guess.
enum FnSub: IntrinsicFunction {
    static let name = "Fn::Sub"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        let expected = LocalizedText("a string or [string, {variables}]", fr: "une chaîne ou [chaîne, {variables}]")
        let format: String
        var variables: [String: Node] = [:]
        switch argument.kind {
        case .string(let text):
            format = text
        case .sequence(let elements) where elements.count == 2:
            guard case .string(let text) = elements[0].kind, case .mapping(let entries) = elements[1].kind else {
                return evaluator.invalidCall(name, expected: expected, at: location)
            }
            format = text
            for entry in entries {
                variables[entry.key] = evaluator.evaluateRequired(entry.value)
            }
        default:
            return evaluator.invalidCall(name, expected: expected, at: location)
        }
        return substitute(format, variables: variables, at: location, in: &evaluator)
    }

    private static func substitute(
        _ format: String, variables: [String: Node], at location: SourceLocation, in evaluator: inout Evaluator
    ) -> Node {
        var result = ""
        var rest = Substring(format)
        while let start = rest.range(of: "${") {
            result += rest[..<start.lowerBound]
            let afterOpening = rest[start.upperBound...]
            guard let close = afterOpening.firstIndex(of: "}") else {
                result += rest[start.lowerBound...]
                rest = ""
                break
            }
            let content = afterOpening[..<close]
            rest = afterOpening[afterOpening.index(after: close)...]

            if content.hasPrefix("!") {
                result += "${" + content.dropFirst() + "}"
                continue
            }
            let variable = content.trimmingCharacters(in: .whitespaces)
            let value = self.value(of: variable, variables: variables, at: location, in: &evaluator)
            if value.containsUnknown { return value.dependentUnknown(at: location) }
            guard let text = value.knownText else {
                return evaluator.invalidCall(
                    name,
                    expected: LocalizedText("'${\(variable)}' to be a string", fr: "une chaîne pour « ${\(variable)} »"),
                    at: location)
            }
            result += text
        }
        result += rest
        return Node(.string(result), at: location)
    }

    private static func value(
        of variable: String, variables: [String: Node], at location: SourceLocation, in evaluator: inout Evaluator
    ) -> Node {
        if let value = variables[variable] { return value }
        if let dot = variable.firstIndex(of: "."), !variable.hasPrefix("AWS::") {
            let resource = String(variable[..<dot])
            let attribute = String(variable[variable.index(after: dot)...])
            return FnGetAtt.value(resource: resource, attribute: attribute, at: location, in: &evaluator)
        }
        return Ref.value(of: variable, at: location, in: &evaluator)
            ?? .unknown(.unsupported("AWS::NoValue inside Fn::Sub"), at: location)
    }
}
