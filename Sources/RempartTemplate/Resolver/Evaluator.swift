import RempartSupport

/// Evaluates the nodes of one template: parameters, conditions, mappings and intrinsic calls.
///
/// `evaluate(_:)` returns nil for a value that `Ref AWS::NoValue` removed, so callers drop the
/// key or list element. Every problem becomes a diagnostic with its location, and the value
/// becomes `.unknown`, so a malformed template never stops the scan.
struct Evaluator {
    /// The template being evaluated.
    let template: Template
    /// Region, account and parameter values given by the user.
    let options: ResolutionOptions
    /// The parameters with their values.
    let parameters: ParameterTable
    /// The entries of the `Resources` section, with `Fn::ForEach` loops expanded.
    private(set) var resourceEntries: [Node.Entry] = []
    /// The type of every declared resource by logical ID.
    private(set) var resourceTypes: [String: String] = [:]
    /// The exports of all templates of the scan, by export name.
    let exports: [String: Node]
    /// The exports of the scan whose names depend on parameters without value.
    let exportPatterns: [ExportNamePattern]
    /// Whether a transform (SAM, a macro) adds resources at deployment, so that a reference to
    /// an undeclared name (`ServerlessRestApi`, `MyFunctionRole`) may be valid.
    private(set) var hasGeneratedResources = false
    /// Problems found so far.
    var diagnostics: [Diagnostic] = []
    /// Decided conditions; a nil value means the condition is unknown.
    var conditionValues: [String: Bool?] = [:]
    /// Conditions being evaluated, to detect a condition that refers to itself.
    var conditionsInProgress: Set<String> = []

    /// Creates an evaluator for `template` with the scan's export table.
    init(
        template: Template, options: ResolutionOptions, exports: [String: Node],
        exportPatterns: [ExportNamePattern] = []
    ) {
        self.template = template
        self.options = options
        self.exports = exports
        self.exportPatterns = exportPatterns
        var diagnostics: [Diagnostic] = []
        self.parameters = ParameterTable(template: template, options: options, diagnostics: &diagnostics)

        // An `Fn::Transform` among the resources adds resources that only exist at deployment.
        var declared = template.declaredResources
        let includedResources = declared.filter { $0.key == FnTransform.name }
        declared.removeAll { $0.key == FnTransform.name }
        for entry in includedResources {
            diagnostics.append(Self.resourcesFromTransform(FnTransform.macroName(entry.value), at: entry.keyLocation))
        }
        self.diagnostics = diagnostics

        resourceEntries = expandingForEach(declared)
        for entry in resourceEntries {
            resourceTypes[entry.key] = entry.value["Type"]?.scalarText ?? ""
        }
        hasGeneratedResources =
            template.root["Transform"] != nil || !includedResources.isEmpty
            || resourceTypes.values.contains { $0.hasPrefix("AWS::Serverless::") }
        self.diagnostics += invalidLogicalIDs()
    }

    /// The file of the template.
    var file: String { template.file }

    /// Returns the value of `node` with every intrinsic call evaluated, or nil when
    /// `Ref AWS::NoValue` removed it.
    mutating func evaluate(_ node: Node) -> Node? {
        switch node.kind {
        case .null, .bool, .number, .string, .unknown, .reference:
            return node
        case .sequence(let elements):
            var result: [Node] = []
            result.reserveCapacity(elements.count)
            for element in elements {
                if let value = evaluate(element) { result.append(value) }
            }
            return Node(.sequence(result), at: node.location)
        case .mapping(let entries):
            var result: [Node.Entry] = []
            result.reserveCapacity(entries.count)
            for entry in expandingForEach(entries) {
                // An `Fn::Transform` beside other keys merges its output into this mapping at
                // deployment, so it stays as an unknown entry that `pendingTransform` finds.
                if entry.key == FnTransform.name {
                    let value = FnTransform.unknownOutput(of: entry.value, at: entry.keyLocation)
                    result.append(Node.Entry(key: entry.key, keyLocation: entry.keyLocation, value: value))
                    continue
                }
                guard let value = evaluate(entry.value) else { continue }
                result.append(Node.Entry(key: entry.key, keyLocation: entry.keyLocation, value: value))
            }
            return Node(.mapping(result), at: node.location)
        case .intrinsic(let call):
            guard let function = IntrinsicTable.functions[call.name] else {
                report(Self.unknownFunction(call.name, at: node.location))
                return .unknown(.unsupported(call.name), at: node.location)
            }
            return function.evaluate(call.argument, at: node.location, in: &self)
        }
    }

    /// Evaluates `node` where a value is required: a removed value becomes unknown.
    mutating func evaluateRequired(_ node: Node) -> Node {
        evaluate(node) ?? .unknown(.unsupported("AWS::NoValue used where a value is required"), at: node.location)
    }

    /// Adds a diagnostic.
    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Reports an invalid call and returns an unknown value for it.
    mutating func invalidCall(_ function: String, expected: LocalizedText, at location: SourceLocation) -> Node {
        report(Self.invalidArguments(function, expected: expected, at: location))
        return .unknown(.unsupported("invalid \(function)"), at: location)
    }

    /// Returns the value of a `Ref` or `Fn::GetAtt` whose target is not declared: an error, or
    /// only an unknown value when a transform may generate the target.
    mutating func undeclaredTarget(_ description: String, diagnostic: Diagnostic, at location: SourceLocation) -> Node {
        if hasGeneratedResources {
            return .unknown(
                .dependsOnUnknown("'\(description)', which the template's transform may generate"), at: location)
        }
        report(diagnostic)
        return .unknown(.unsupported("reference to undeclared '\(description)'"), at: location)
    }

    // MARK: - Messages

    static func unknownFunction(_ name: String, at location: SourceLocation) -> Diagnostic {
        let suggestion = IntrinsicTable.closestName(to: name).map { " (did you mean '\($0)'?)" } ?? ""
        let suggestionFR = IntrinsicTable.closestName(to: name).map { " (vouliez-vous dire « \($0) » ?)" } ?? ""
        return Diagnostic(
            .error,
            LocalizedText(
                "unknown intrinsic function '\(name)'\(suggestion); its value is treated as unknown",
                fr: "fonction intrinsèque inconnue « \(name) »\(suggestionFR) ; sa valeur est traitée comme inconnue"
            ),
            at: location
        )
    }

    static func resourcesFromTransform(_ macro: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning,
            LocalizedText(
                "the resources that Fn::Transform macro '\(macro)' adds at deployment are unknown here and not "
                    + "checked; scan the included template too",
                fr: "les ressources qu'ajoute la macro Fn::Transform « \(macro) » au déploiement sont inconnues ici et "
                    + "ne sont pas vérifiées ; analysez aussi le modèle inclus"),
            at: location)
    }

    static func invalidArguments(_ function: String, expected: LocalizedText, at location: SourceLocation) -> Diagnostic
    {
        Diagnostic(
            .error,
            LocalizedText(
                "invalid arguments to '\(function)': expected \(expected.english); its value is treated as unknown",
                fr: "arguments invalides pour « \(function) » : on attendait \(expected.french) ; sa valeur est traitée comme inconnue"
            ),
            at: location
        )
    }
}
