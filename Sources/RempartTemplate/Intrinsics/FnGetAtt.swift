import RempartSupport

/// `Fn::GetAtt`: an attribute of a resource, known only after deployment.
///
/// The result is a `.reference` with the attribute, so adapters can link resources. Outputs of
/// nested stacks (`Outputs.Name`) and attributes of custom resources are plain unknowns.
enum FnGetAtt: IntrinsicFunction {
    static let name = "Fn::GetAtt"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        let expected = LocalizedText(
            "[LogicalID, AttributeName] or 'LogicalID.AttributeName'",
            fr: "[IDLogique, NomAttribut] ou « IDLogique.NomAttribut »")
        let resource: String
        let attributeNode: Node
        switch argument.kind {
        case .string(let text):
            guard let dot = text.firstIndex(of: ".") else {
                return evaluator.invalidCall(name, expected: expected, at: location)
            }
            resource = String(text[..<dot])
            attributeNode = Node(.string(String(text[text.index(after: dot)...])), at: argument.location)
        case .sequence(let elements) where elements.count == 2:
            // With the AWS::LanguageExtensions transform, the logical ID may be computed (`!Sub`).
            let resourceValue = evaluator.evaluateRequired(elements[0])
            guard case .string(let text) = resourceValue.kind else {
                return evaluator.invalidCall(name, expected: expected, at: location)
            }
            resource = text
            attributeNode = elements[1]
        default:
            return evaluator.invalidCall(name, expected: expected, at: location)
        }

        let attributeValue = evaluator.evaluateRequired(attributeNode)
        if attributeValue.containsUnknown { return attributeValue.dependentUnknown(at: location) }
        guard let attribute = attributeValue.knownText else {
            return evaluator.invalidCall(name, expected: expected, at: location)
        }
        return value(resource: resource, attribute: attribute, at: location, in: &evaluator)
    }

    /// Returns the value of `resource.attribute`; `Fn::Sub` uses it for `${resource.attribute}`.
    static func value(resource: String, attribute: String, at location: SourceLocation, in evaluator: inout Evaluator)
        -> Node
    {
        guard let type = evaluator.resourceTypes[resource] else {
            return evaluator.undeclaredTarget(
                "\(resource).\(attribute)",
                diagnostic: undeclaredResource(resource, attribute: attribute, at: location),
                at: location)
        }
        let isNestedStackOutput = type == "AWS::CloudFormation::Stack" && attribute.hasPrefix("Outputs.")
        let isCustom = type.hasPrefix("Custom::") || type == "AWS::CloudFormation::CustomResource"
        if isNestedStackOutput || isCustom {
            return .unknown(.attribute(logicalID: resource, attribute: attribute), at: location)
        }
        let reference = ResourceReference(file: evaluator.file, logicalID: resource, attribute: attribute)
        if let deployed = evaluator.options.deployedValues[reference] { return Node(.string(deployed), at: location) }
        return Node(.reference(reference), at: location)
    }

    // MARK: - Messages

    private static func undeclaredResource(_ resource: String, attribute: String, at location: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            .error,
            LocalizedText(
                "Fn::GetAtt refers to '\(resource).\(attribute)', but '\(resource)' is not a resource of this template",
                fr:
                    "Fn::GetAtt renvoie à « \(resource).\(attribute) », mais « \(resource) » n'est pas une ressource de ce modèle"
            ),
            at: location
        )
    }
}
