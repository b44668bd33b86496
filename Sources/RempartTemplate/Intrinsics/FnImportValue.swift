import RempartSupport

/// `Fn::ImportValue`: the value another template of the scan exports under a name.
///
/// The value keeps what the exporting template computed: a resource reference still names
/// the exporting file, so adapters can link a subnet of one stack to an instance of another.
enum FnImportValue: IntrinsicFunction {
    static let name = "Fn::ImportValue"

    static func evaluate(_ argument: Node, at location: SourceLocation, in evaluator: inout Evaluator) -> Node? {
        let nameValue = evaluator.evaluateRequired(argument)
        if nameValue.containsUnknown { return nameValue.dependentUnknown(at: location) }
        guard let exportName = nameValue.knownText else {
            return evaluator.invalidCall(name, expected: LocalizedText("an export name", fr: "un nom d'exportation"), at: location)
        }
        guard let value = evaluator.exports[exportName] else {
            return .unknown(.unresolvedImport(exportName), at: location)
        }
        // An export that is itself an unresolved import gives this name, so exports that import
        // each other keep the same value from one round of the export table to the next.
        if case .unknown(.unresolvedImport) = value.kind {
            return .unknown(.unresolvedImport(exportName), at: location)
        }
        return value.relocated(to: location)
    }
}
