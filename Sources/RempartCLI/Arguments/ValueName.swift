import RempartSupport

/// Placeholders for option values and positional arguments (`<file>`, `<path>`) in each language.
///
/// Specs declare their placeholders in English; help and usage errors show the French name when
/// the output is French, so `--output <fichier>` matches the README's `FICHIER`.
enum ValueName {
    /// French names of the English placeholders; a name missing here is shown unchanged.
    static let french: [String: String] = [
        "cidr": "cidr",
        "count": "nombre",
        "directory": "dossier",
        "file": "fichier",
        "format": "format",
        "id": "id",
        "ids": "ids",
        "key=value": "clé=valeur",
        "language": "langue",
        "method": "méthode",
        "level": "niveau",
        "name": "nom",
        "options": "options",
        "path": "chemin",
        "profile": "profil",
        "region": "région",
        "scanners": "détecteurs",
        "services": "services",
        "severities": "gravités",
        "severity": "gravité",
        "url": "url",
        "when": "quand",
    ]

    /// Returns `name` as shown to a reader of `language`.
    static func localized(_ name: String, in language: Language) -> String {
        switch language {
        case .english: name
        case .french: french[name] ?? name
        }
    }
}
