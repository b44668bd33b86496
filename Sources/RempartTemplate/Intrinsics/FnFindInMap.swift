import RempartSupport

/// `Fn::FindInMap`: a value of the `Mappings` section, with the optional `DefaultValue` form.
enum FnFindInMap: IntrinsicFunction {
    static let name = "Fn::FindInMap"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        let expected = LocalizedText(
            "[MapName, TopLevelKey, SecondLevelKey] with an optional {DefaultValue: value}",
            fr: "[NomMappage, CléPremierNiveau, CléSecondNiveau] avec un {DefaultValue : valeur} facultatif")
        guard case .sequence(let arguments) = argument.kind, arguments.count == 3 || arguments.count == 4 else {
            return evaluator.invalidCall(name, expected: expected, at: location)
        }
        var defaultValue: Node?
        if arguments.count == 4 {
            guard let node = arguments[3]["DefaultValue"] else {
                return evaluator.invalidCall(name, expected: expected, at: location)
            }
            defaultValue = node
        }

        var keys: [String] = []
        for key in arguments.prefix(3) {
            let value = evaluator.evaluateRequired(key)
            if value.containsUnknown { return value.dependentUnknown(at: location) }
            guard let text = value.knownText else {
                return evaluator.invalidCall(name, expected: expected, at: location)
            }
            keys.append(text)
        }

        // Walk the three levels. At a level that an `Fn::Transform` may fill at deployment, a key
        // missing from the template is unknown rather than absent.
        var level = evaluator.template.root["Mappings"]
        for key in keys {
            guard let node = level else { break }
            if let argument = Self.transformArgument(in: node), node[key] == nil {
                return FnTransform.unknownOutput(of: argument, at: location)
            }
            level = node[key]
        }
        if let found = level {
            return evaluator.evaluate(found)?.relocated(to: location)
        }
        if let defaultValue {
            return evaluator.evaluate(defaultValue)
        }
        // A warning, not an error: the keys often come from the region or parameters, and the
        // template may target values other than the scan's.
        evaluator.report(missingKey(keys, at: location))
        return .unknown(.unsupported("Fn::FindInMap key not found"), at: location)
    }

    /// Returns the argument of an `Fn::Transform` that `node` is, or that it has beside other keys.
    private static func transformArgument(in node: Node) -> Node? {
        if case .intrinsic(let call) = node.kind, call.name == FnTransform.name { return call.argument }
        return node.entries.first { $0.key == FnTransform.name }?.value
    }

    // MARK: - Messages

    private static func missingKey(_ keys: [String], at location: SourceLocation) -> Diagnostic {
        let path = keys.joined(separator: " > ")
        return Diagnostic(
            .warning,
            LocalizedText(
                "Fn::FindInMap finds no value at '\(path)' in Mappings; add the key or a DefaultValue",
                fr:
                    "Fn::FindInMap ne trouve aucune valeur à « \(path) » dans Mappings ; ajoutez la clé ou un DefaultValue"
            ),
            at: location
        )
    }
}
