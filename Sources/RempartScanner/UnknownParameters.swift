import RempartSupport
import RempartTemplate

/// Warnings about parameter values given for parameters that no scanned template declares,
/// which are usually typos (`--parameter EnviromentName=prod`) and silently change nothing.
enum UnknownParameters {
    /// One warning per value in `values` whose name no template in `templates` declares,
    /// sorted by name, naming the closest declared parameter when one is near.
    static func warnings(for values: [String: String], templates: [Template]) -> [Diagnostic] {
        guard !templates.isEmpty else { return [] }
        let declared = Set(templates.flatMap { $0.root["Parameters"]?.entries.map(\.key) ?? [] })
        let candidates = declared.sorted()
        return values.keys.sorted().filter { !declared.contains($0) && !$0.hasPrefix("AWS::") }.map { name in
            Diagnostic(.warning, message(name, suggestion: suggestion(for: name, among: candidates)))
        }
    }

    /// Returns the candidate within an edit distance of a third of its length, case ignored.
    ///
    /// Unlike `EditDistance.suggestion`, it ignores case and offers no prefix match.
    static func suggestion(for name: String, among candidates: [String]) -> String? {
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = EditDistance.distance(name.lowercased(), candidate.lowercased())
            guard distance <= max(1, candidate.count / 3), distance < best?.distance ?? .max else { continue }
            best = (candidate, distance)
        }
        return best?.candidate
    }

    // MARK: - Messages

    private static func message(_ name: String, suggestion: String?) -> LocalizedText {
        let english = "a value is given for the parameter '\(name)', but no scanned template declares it"
        let french = "une valeur est donnée pour le paramètre « \(name) », mais aucun modèle analysé ne le déclare"
        guard let suggestion else {
            return LocalizedText(english + "; it is not used", fr: french + " ; elle n'est pas utilisée")
        }
        return LocalizedText(
            english + "; did you mean '\(suggestion)'?", fr: french + " ; vouliez-vous dire « \(suggestion) » ?")
    }
}
