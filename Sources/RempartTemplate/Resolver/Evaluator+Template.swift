import RempartSupport

extension Evaluator {
    /// The evaluated `Outputs` of a template, with the values of those that export a name.
    struct EvaluatedOutputs {
        var outputs: [String: Node] = [:]
        var exports: [String: Node] = [:]
        /// The location of each export name, for messages about conflicts and cycles.
        var exportLocations: [String: SourceLocation] = [:]
        /// Exports whose name is unknown because parameters have no value.
        var exportPatterns: [ExportNamePattern] = []
    }

    /// Evaluates the resources whose `Condition` is true or unknown, sorted by logical ID.
    mutating func resolvedResources() -> [ResolvedResource] {
        var resources: [ResolvedResource] = []
        for entry in resourceEntries {
            guard case .mapping = entry.value.kind, let type = entry.value["Type"]?.scalarText else {
                if let typeNode = entry.value["Type"] {
                    report(Self.typeNotString(entry.key, at: typeNode.location))
                } else {
                    report(Self.missingType(entry.key, at: entry.keyLocation))
                }
                continue
            }
            var isConditional = false
            if let conditionNode = entry.value["Condition"] {
                guard let conditionName = conditionNode.scalarText else {
                    report(Self.invalidConditionAttribute(at: conditionNode.location))
                    continue
                }
                switch condition(named: conditionName, at: conditionNode.location) {
                case false?: continue
                case nil: isConditional = true
                case true?: break
                }
            }
            // An `Fn::Transform` beside `Type` may supply the whole `Properties` at deployment.
            var propertiesNode = entry.value["Properties"]
            if propertiesNode == nil, let transform = entry.value.entry(FnTransform.name) {
                propertiesNode = Node(.mapping([transform]), at: transform.keyLocation)
            }
            let properties = propertiesNode.flatMap { evaluate($0) } ?? Node(.mapping([]), at: entry.keyLocation)
            switch properties.kind {
            case .sequence, .string, .number, .bool:
                report(Self.propertiesNotMapping(entry.key, at: properties.location))
            default: break
            }
            let metadata = entry.value["Metadata"].flatMap { evaluate($0) }
            var attributes: [String: Node] = [:]
            for name in Self.resourceAttributes {
                if let node = entry.value[name], let value = evaluate(node) { attributes[name] = value }
            }
            resources.append(
                ResolvedResource(
                    logicalID: entry.key, type: type, properties: properties, metadata: metadata,
                    location: entry.keyLocation, isConditional: isConditional, attributes: attributes))
        }
        return resources.sorted { $0.logicalID < $1.logicalID }
    }

    /// The resource attributes kept in `ResolvedResource.attributes`.
    static let resourceAttributes = [
        "CreationPolicy", "DeletionPolicy", "DependsOn", "UpdatePolicy", "UpdateReplacePolicy",
    ]

    /// Evaluates the `Outputs` section; outputs whose `Condition` is false are left out.
    mutating func evaluatedOutputs() -> EvaluatedOutputs {
        var result = EvaluatedOutputs()
        for entry in expandingForEach(template.root["Outputs"]?.entries ?? []) {
            if let conditionName = entry.value["Condition"]?.scalarText,
                condition(named: conditionName, at: entry.value["Condition"]?.location ?? entry.keyLocation) == false
            {
                continue
            }
            guard let valueNode = entry.value["Value"] else { continue }
            let value = evaluateRequired(valueNode)
            result.outputs[entry.key] = value

            guard let nameNode = entry.value["Export"]?["Name"] else { continue }
            let exportName = evaluateRequired(nameNode)
            guard !exportName.containsUnknown, let name = exportName.knownText else {
                if let pattern = exportNamePattern(of: nameNode, value: value) { result.exportPatterns.append(pattern) }
                continue
            }
            result.exports[name] = value
            result.exportLocations[name] = nameNode.location
        }
        return result
    }

    // MARK: - Messages

    private static func missingType(_ logicalID: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error,
            LocalizedText(
                "resource '\(logicalID)' has no Type; it is skipped",
                fr: "la ressource « \(logicalID) » n'a pas de Type ; elle est ignorée"
            ),
            at: location
        )
    }

    private static func typeNotString(_ logicalID: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error,
            LocalizedText(
                "the Type of resource '\(logicalID)' must be a string such as 'AWS::S3::Bucket'; it is skipped",
                fr: "le Type de la ressource « \(logicalID) » doit être une chaîne comme « AWS::S3::Bucket »; "
                    + "elle est ignorée"),
            at: location)
    }

    static func propertiesNotMapping(_ logicalID: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error,
            LocalizedText(
                "the Properties of resource '\(logicalID)' must be a mapping of property names to values; "
                    + "CloudFormation rejects this template, and checks that read these properties are undecided",
                fr: "les Properties de la ressource « \(logicalID) » doivent être un mappage de noms de propriétés vers "
                    + "des valeurs ; CloudFormation rejette ce modèle, et les vérifications qui lisent ces propriétés sont indéterminées"
            ),
            at: location
        )
    }

    private static func invalidConditionAttribute(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error,
            LocalizedText(
                "a resource's Condition must be the name of a condition; the resource is skipped",
                fr: "la Condition d'une ressource doit être le nom d'une condition ; la ressource est ignorée"
            ),
            at: location
        )
    }
}
