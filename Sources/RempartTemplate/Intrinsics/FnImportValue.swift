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
            return evaluator.invalidCall(
                name, expected: LocalizedText("an export name", fr: "un nom d'exportation"), at: location)
        }
        guard let value = evaluator.exports[exportName] else {
            return patternMatch(exportName, at: location, in: &evaluator)
                ?? .unknown(.unresolvedImport(exportName), at: location)
        }
        // An export that is itself an unresolved import gives this name, so exports that import
        // each other keep the same value from one round of the export table to the next.
        if case .unknown(.unresolvedImport) = value.kind {
            return .unknown(.unresolvedImport(exportName), at: location)
        }
        return value.relocated(to: location)
    }

    /// Returns the value of the one export whose parameter-dependent name matches, with a note
    /// naming the parameter values that the match assumes.
    private static func patternMatch(_ exportName: String, at location: SourceLocation, in evaluator: inout Evaluator)
        -> Node?
    {
        let matches = evaluator.exportPatterns.compactMap { pattern in
            pattern.bindings(for: exportName).map { (pattern, $0) }
        }
        guard matches.count == 1, let (pattern, bindings) = matches.first else { return nil }
        if case .unknown(.unresolvedImport) = pattern.value.kind { return nil }
        evaluator.report(assumedParameters(exportName, pattern: pattern, bindings: bindings, at: location))
        return pattern.value.relocated(to: location)
    }

    // MARK: - Messages

    private static func assumedParameters(
        _ exportName: String, pattern: ExportNamePattern, bindings: [String: String], at location: SourceLocation
    ) -> Diagnostic {
        let values = bindings.keys.sorted().map { "\($0)=\(bindings[$0] ?? "")" }
        let options = bindings.keys.sorted().filter { !$0.hasPrefix("AWS::") }.map {
            "--parameter \($0)=\(bindings[$0] ?? "")"
        }
        var english =
            "import '\(exportName)' matches export '\(pattern.text)' of \(pattern.location.file) when "
            + values.joined(separator: ", ")
        var french =
            "l'importation « \(exportName) » correspond à l'exportation « \(pattern.text) » de "
            + "\(pattern.location.file) si " + values.joined(separator: ", ")
        if !options.isEmpty {
            english += "; pass \(options.joined(separator: " ")) to confirm"
            french += " ; passez \(options.joined(separator: " ")) pour le confirmer"
        }
        return Diagnostic(.note, LocalizedText(english, fr: french), at: location)
    }
}
