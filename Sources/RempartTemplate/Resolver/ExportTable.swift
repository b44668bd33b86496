import RempartSupport

/// The exports of all templates of a scan, for `Fn::ImportValue`.
struct ExportTable {
    /// Export values by export name.
    var values: [String: Node] = [:]
    /// Exports whose names depend on parameters without value.
    var patterns: [ExportNamePattern] = []
    /// Conflicting export names and import cycles.
    var diagnostics: [Diagnostic] = []

    /// Evaluates the `Outputs` of every template until the export table is stable.
    ///
    /// Each round evaluates all outputs against the previous round's table, so an export that
    /// imports another one resolves one round after it. The loop ends when a round changes
    /// nothing, after at most one round per output plus one, so a cycle cannot loop forever.
    static func build(_ templates: [Template], options: ResolutionOptions) -> ExportTable {
        var table = ExportTable()
        let hasExports = templates.contains { template in
            (template.root["Outputs"]?.entries ?? []).contains { $0.value["Export"] != nil }
        }
        guard hasExports else { return table }

        let maxRounds = templates.reduce(1) { $0 + ($1.root["Outputs"]?.entries.count ?? 0) }
        var previous: [String: String] = [:]
        var locations: [String: SourceLocation] = [:]
        var duplicates: [(name: String, location: SourceLocation)] = []
        for _ in 0..<maxRounds {
            var values: [String: Node] = [:]
            locations = [:]
            duplicates = []
            var patterns: [ExportNamePattern] = []
            for template in templates {
                var evaluator = Evaluator(
                    template: template, options: options, exports: table.values, exportPatterns: table.patterns)
                let outputs = evaluator.evaluatedOutputs()
                patterns += outputs.exportPatterns
                for name in outputs.exports.keys.sorted() {
                    guard let location = outputs.exportLocations[name] else { continue }
                    guard values[name] == nil else {
                        duplicates.append((name, location))
                        continue
                    }
                    values[name] = outputs.exports[name]
                    locations[name] = location
                }
            }
            let rendered = values.mapValues { NodeFormatter.compactJSON($0) }
            table.values = values
            table.patterns = patterns
            if rendered == previous { break }
            previous = rendered
        }

        for duplicate in duplicates {
            guard let first = locations[duplicate.name] else { continue }
            table.diagnostics.append(Self.duplicateExport(duplicate.name, first: first, at: duplicate.location))
        }
        table.reportCycles(locations: locations)
        return table
    }

    /// Reports exports whose value still imports an export of the table: they import each other.
    private mutating func reportCycles(locations: [String: SourceLocation]) {
        for name in values.keys.sorted() {
            guard let value = values[name], case .unknown(.unresolvedImport(let imported)) = value.kind,
                values[imported] != nil, let location = locations[name]
            else { continue }
            diagnostics.append(Self.importCycle(name, imported: imported, at: location))
        }
    }

    // MARK: - Messages

    private static func duplicateExport(_ name: String, first: SourceLocation, at location: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            .error,
            LocalizedText(
                "export name '\(name)' is already exported at \(first); export names must be unique in a region, "
                    + "so imports use the first one",
                fr: "le nom d'exportation « \(name) » est déjà exporté à \(first) ; les noms d'exportation doivent être "
                    + "uniques dans une région, alors les importations utilisent le premier"
            ),
            at: location
        )
    }

    private static func importCycle(_ name: String, imported: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error,
            LocalizedText(
                "export '\(name)' imports '\(imported)', which depends on '\(name)' in turn; the value is unknown",
                fr:
                    "l'exportation « \(name) » importe « \(imported) », qui dépend à son tour de « \(name) » ; la valeur est inconnue"
            ),
            at: location
        )
    }
}
