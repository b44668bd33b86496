/// A message about the user's input, printed as `path:line:col: error: message` on stderr.
///
/// Diagnostics are not log lines: they are part of what the user asked for, so they are
/// collected and printed by the command, never by library code.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// How serious a diagnostic is.
    public enum Level: String, Hashable, Sendable, Codable {
        case error
        case warning
        case note
    }

    /// Whether this stopped something (an error) or only deserves attention.
    public var level: Level
    /// What is wrong and what to do, starting in lowercase with no trailing period.
    public var message: LocalizedText
    /// Where the problem is, when it has a place in a file.
    public var location: SourceLocation?
    /// The file concerned, when there is no precise location.
    public var file: String?

    /// Creates a diagnostic.
    public init(_ level: Level, _ message: LocalizedText, at location: SourceLocation? = nil, file: String? = nil) {
        self.level = level
        self.message = message
        self.location = location
        self.file = file ?? location?.file
    }

    /// Formats the diagnostic as `path:line:col: level: message` (`level : message` in French).
    public func formatted(in language: Language) -> String {
        let levelName: String
        switch (level, language) {
        case (.error, .english): levelName = "error"
        case (.error, .french): levelName = "erreur"
        case (.warning, .english): levelName = "warning"
        case (.warning, .french): levelName = "avertissement"
        case (.note, .english): levelName = "note"
        case (.note, .french): levelName = "remarque"
        }
        let place: String
        if let location {
            place = "\(location): "
        } else if let file {
            place = "\(file): "
        } else {
            place = ""
        }
        // French typography puts a space before the colon after the level, as usage errors do.
        let separator = language == .french ? " : " : ": "
        return "\(place)\(levelName)\(separator)\(message(language))"
    }
}
