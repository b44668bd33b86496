import RempartSupport

/// `Ref`: the value of a parameter or pseudo parameter, or a reference to a resource.
enum Ref: IntrinsicFunction {
    static let name = "Ref"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        guard case .string(let target) = argument.kind else {
            return evaluator.invalidCall(
                name,
                expected: LocalizedText(
                    "the name of a parameter or resource", fr: "le nom d'un paramètre ou d'une ressource"),
                at: location)
        }
        return value(of: target, at: location, in: &evaluator)
    }

    /// Returns what `Ref target` evaluates to; `Fn::Sub` uses it for `${target}`.
    static func value(of target: String, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        if let pseudo = PseudoParameter.value(of: target, options: evaluator.options) {
            switch pseudo {
            case .removed: return nil
            case .node(let kind): return Node(kind, at: location)
            }
        }
        if let value = evaluator.parameters.value(of: target) {
            return value.relocated(to: location)
        }
        if evaluator.resourceTypes[target] != nil {
            let reference = ResourceReference(file: evaluator.file, logicalID: target)
            if let deployed = evaluator.options.deployedValues[reference] { return Node(.string(deployed), at: location) }
            return Node(.reference(reference), at: location)
        }
        return evaluator.undeclaredTarget(target, diagnostic: undeclaredTarget(target, at: location), at: location)
    }

    // MARK: - Messages

    private static func undeclaredTarget(_ target: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error,
            LocalizedText(
                "'\(target)' is neither a parameter nor a resource of this template; check the name",
                fr: "« \(target) » n'est ni un paramètre ni une ressource de ce modèle ; vérifiez le nom"
            ),
            at: location
        )
    }
}
