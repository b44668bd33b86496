import RempartSupport

extension Evaluator {
    /// Returns whether the condition `name` of the `Conditions` section holds, or nil when it
    /// depends on an unknown value (three-valued logic).
    ///
    /// An undeclared condition or one that refers to itself gets an error diagnostic and is unknown.
    mutating func condition(named name: String, at location: SourceLocation) -> Bool? {
        if let decided = conditionValues[name] { return decided }
        guard let definition = template.root["Conditions"]?[name] else {
            report(Self.undeclaredCondition(name, at: location))
            conditionValues[name] = .some(nil)
            return nil
        }
        guard conditionsInProgress.insert(name).inserted else {
            report(Self.circularCondition(name, at: location))
            return nil
        }
        let value = conditionValue(of: definition)
        conditionsInProgress.remove(name)
        conditionValues[name] = .some(value)
        return value
    }

    /// Evaluates a condition expression: `Fn::Equals`, `Fn::Not`, `Fn::And`, `Fn::Or`,
    /// `Condition`, or a literal boolean.
    mutating func conditionValue(of node: Node) -> Bool? {
        switch node.kind {
        case .bool(let value):
            return value
        case .intrinsic(let call):
            switch call.name {
            case "Fn::Equals": return FnEquals.decide(call.argument, at: node.location, in: &self)
            case "Fn::Not": return FnNot.decide(call.argument, at: node.location, in: &self)
            case "Fn::And": return FnAnd.decide(call.argument, at: node.location, in: &self)
            case "Fn::Or": return FnOr.decide(call.argument, at: node.location, in: &self)
            case "Condition":
                guard let name = call.argument.knownText else { break }
                return condition(named: name, at: node.location)
            default:
                // Other calls (Ref to a boolean parameter, Fn::If, …) are evaluated as values.
                let value = evaluateRequired(node)
                if value.containsUnknown { return nil }
                if let boolean = value.boolValue { return boolean }
            }
        default:
            if let boolean = node.boolValue { return boolean }
        }
        report(Self.invalidCondition(at: node.location))
        return nil
    }

    /// Evaluates the operand list of `Fn::And` or `Fn::Or`.
    mutating func conditionOperands(_ argument: Node, function: String, at location: SourceLocation) -> [Bool?]? {
        guard case .sequence(let operands) = argument.kind, !operands.isEmpty else {
            report(
                Self.invalidArguments(
                    function, expected: LocalizedText("a list of conditions", fr: "une liste de conditions"),
                    at: location))
            return nil
        }
        return operands.map { conditionValue(of: $0) }
    }

    // MARK: - Messages

    private static func undeclaredCondition(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error,
            LocalizedText(
                "condition '\(name)' is not declared in the Conditions section; it is treated as unknown",
                fr:
                    "la condition « \(name) » n'est pas déclarée dans la section Conditions ; elle est traitée comme inconnue"
            ),
            at: location
        )
    }

    private static func circularCondition(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error,
            LocalizedText(
                "condition '\(name)' depends on itself; it is treated as unknown",
                fr: "la condition « \(name) » dépend d'elle-même ; elle est traitée comme inconnue"
            ),
            at: location
        )
    }

    private static func invalidCondition(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error,
            LocalizedText(
                "invalid condition: expected Fn::Equals, Fn::Not, Fn::And, Fn::Or or Condition; "
                    + "it is treated as unknown",
                fr: "condition invalide : Fn::Equals, Fn::Not, Fn::And, Fn::Or ou Condition attendu ; "
                    + "elle est traitée comme inconnue"
            ),
            at: location
        )
    }
}
