import Foundation

/// A language Rempart writes its messages, help and reports in.
public enum Language: String, CaseIterable, Sendable, Codable {
    case english = "en"
    case french = "fr"

    /// Picks the language from an explicit `--lang` value, else from the POSIX locale variables.
    ///
    /// `LC_ALL`, then `LC_MESSAGES`, then `LANG` are read, as `gettext` does; a value starting
    /// with `fr` selects French, anything else English.
    public static func resolve(explicit: String?, environment: [String: String]) -> Language? {
        if let explicit {
            return Language(rawValue: explicit.lowercased().prefix(2).description)
        }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("fr") ? .french : .english
        }
        return .english
    }
}

/// A text that exists in every supported language.
public struct LocalizedText: Hashable, Sendable, Codable {
    /// The English text.
    public var english: String
    /// The French text, in Québec usage (compartiment, pile, groupe de sécurité, sous-réseau).
    public var french: String

    /// Creates a text from its English and French versions.
    public init(_ english: String, fr french: String) {
        self.english = english
        self.french = french
    }

    /// Returns the text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .english: english
        case .french: french
        }
    }

    enum CodingKeys: String, CodingKey {
        case english = "en"
        case french = "fr"
    }
}
